/**
 * Names of uploaded documents as they are stored and shown: Unicode NFC (a name
 * typed on a Mac arrives decomposed), without the characters that make a name
 * read differently from what it is (the right-to-left override that shows
 * "hsilbup.exe.pdf" as something else, and every other bidi or control
 * character), and shortened on a letter boundary when too long, never refused.
 */
import { TEXT_LIMITS } from './values';

/**
 * The bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the
 * directional marks (U+200E, U+200F, U+061C), and every control character
 * (C0, DEL, C1), tabs and line breaks among them.
 */
const HIDDEN_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\p{Cc}]/gu;

const ELLIPSIS = '…';
/** The longest ending kept as an extension when a file name is shortened. */
const MAX_EXTENSION = 10;

/** NFC, without bidi and control characters (a tab or line break becomes a space), with runs of spaces made one; may be empty. */
export function cleanName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').replace(HIDDEN_CHARACTERS, '').replace(/ {2,}/gu, ' ').trim();
}

/** Cuts `text` to at most `max` UTF-16 units on a grapheme boundary, marking the cut with "…". */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length + ELLIPSIS.length > max) break;
    kept += segment;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** A file name ready to store and show: cleaned, and shortened before its extension when too long. */
export function cleanFileName(raw: string, max: number = TEXT_LIMITS.fileName): string {
  const name = cleanName(raw);
  if (name.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION ? name.slice(dot) : '';
  return `${shortenText(name.slice(0, name.length - extension.length), max - extension.length)}${extension}`;
}

/** The title a document gets when none is given: its file name without ".pdf", underscores as spaces. */
export function titleFromFileName(fileName: string, max: number = TEXT_LIMITS.title): string {
  const name = cleanName(fileName);
  const title = cleanName(name.replace(/\.pdf$/iu, '').replace(/_+/gu, ' ')) || name;
  return shortenText(title, max);
}
