/**
 * The canonical text of a minutes document: every word a reader sees, in the
 * order the DOCX and PDF renderers lay them out (the header's issuer, then the
 * national motto, the number, the place and date; the title; the blocks; the
 * signatures; the record stamp). `verify --minutes` compares it, word by word,
 * with the text it extracts from a file.
 */
import { translate } from '../../shared/i18n/translate';
import type { MinutesBlock, MinutesDocument } from './minutesDocument';
import { recordStampLines } from './recordStamp';
import { printableText } from './render/printableText';

/** The two lines of the national motto in the header's right column. */
export function nationalMottoLines(locale: 'vi' | 'en'): [string, string] {
  return [translate(locale, 'minutes.motto.country'), translate(locale, 'minutes.motto.values')];
}

/** The issuing body's lines, in upper case as the decree writes them. */
export function issuerLines(doc: MinutesDocument): string[] {
  return doc.header.issuer.map((line) => line.toLocaleUpperCase('vi'));
}

/** How a list item is written out: after a dash, as state documents do, unless it is numbered already ("1. …"). */
export function listItemText(item: string): string {
  return /^\d+[.)] /.test(item) ? item : `- ${item}`;
}

/** The document's lines in reading order; a table gives one line per cell. */
export function minutesLines(doc: MinutesDocument): string[] {
  const lines = [
    ...issuerLines(doc),
    ...nationalMottoLines(doc.locale),
    doc.header.number,
    doc.header.placeAndDate,
    ...doc.title,
    ...doc.blocks.flatMap(blockLines),
    ...doc.signatures.flatMap((signature) => [signature.title, signature.name]),
    ...recordStampLines(doc.record, doc.locale),
  ];
  return lines.map(printableText).filter((line) => line.trim() !== '');
}

/** The canonical plain text: the lines joined with line feeds. */
export function minutesText(doc: MinutesDocument): string {
  return minutesLines(doc).join('\n');
}

function blockLines(block: MinutesBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map(listItemText);
    case 'table':
      return [...block.columns.map((column) => column.title), ...block.rows.flat()];
    case 'pageBreak':
      return [];
  }
}
