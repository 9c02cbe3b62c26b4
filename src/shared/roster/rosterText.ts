/** How the roster reads and compares the text of a cell. */
import { CONTROL_OR_DIRECTION_CHARACTERS } from '../protocol';
import type { RosterCell } from './rosterTypes';

const ALL_CONTROL_OR_DIRECTION_CHARACTERS = new RegExp(CONTROL_OR_DIRECTION_CHARACTERS.source, 'gu');

/** A cell as text: numbers as written, dates as ISO days, empty cells as "". */
export function cellText(cell: RosterCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** The apostrophe the export puts before a cell that a spreadsheet could run as a formula (see escapeFormula). */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * A name, position or group as the roster keeps it: Unicode NFC (windows-1258 CSVs
 * and some keyboards give decomposed accents), control and text-direction characters
 * taken out (the hub refuses them), every run of spaces made one space, no spaces at
 * the ends, and the export's formula escape taken off again.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(ALL_CONTROL_OR_DIRECTION_CHARACTERS, ' ').replace(/\s+/gu, ' ').trim().replace(ESCAPED_FORMULA, '');
}

/**
 * A word folded for matching headers and roles: no accents (đ as d), lower case,
 * punctuation as spaces. "Họ và tên" and "HO VA TEN" both become "ho va ten".
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** True when the folded text is one of the words, or begins with one of them followed by more words. */
export function matchesWord(folded: string, words: readonly string[]): boolean {
  return words.some((word) => folded === word || folded.startsWith(`${word} `));
}
