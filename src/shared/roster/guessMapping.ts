/**
 * Finds the header row of a roster sheet and guesses which column is which from
 * the usual Vietnamese and English titles, with or without accents. Councils'
 * lists often start with a title ("DANH SÁCH ĐẠI BIỂU …") above the header, so
 * the first rows are searched. The secretary can change every guess in the preview.
 */
import { cellText, foldForMatch } from './rosterText';
import { ROSTER_COLUMNS } from './rosterTypes';
import type { ColumnMapping, RosterColumn, RosterRow } from './rosterTypes';

/** Header titles per column, folded (see foldForMatch); the exact title wins over a longer one that starts with it. */
const HEADER_WORDS: Record<RosterColumn, readonly string[]> = {
  seat: ['so ghe', 'ghe', 'stt', 'tt', 'so tt', 'so thu tu', 'seat', 'seat number', 'seat no', 'no', '#'],
  name: ['ho va ten', 'ho ten', 'ten', 'ho va ten dai bieu', 'name', 'full name', 'delegate name'],
  office: ['chuc vu', 'chuc danh', 'chuc vu don vi cong tac', 'position', 'office', 'title', 'job title'],
  group: ['to dai bieu', 'to', 'to thao luan', 'nhom', 'doan', 'group', 'delegation'],
  role: ['vai tro', 'loai', 'doi tuong', 'thanh phan', 'role', 'type'],
};

/** How many rows from the top may hold the header. */
const HEADER_SEARCH_ROWS = 20;

/**
 * How well a title names a column, lower is better: an exact title ranks by its
 * place in the column's list (so "Số ghế" beats a running "STT" for the seat), a
 * longer title that starts with a word of two or more ranks after every exact
 * one; null when the title does not name the column.
 */
function headerRank(title: string, column: RosterColumn): number | null {
  const folded = foldForMatch(title);
  if (folded === '') return null;
  const words = HEADER_WORDS[column];
  const exact = words.indexOf(folded);
  if (exact >= 0) return exact;
  const prefix = words.findIndex((word) => word.includes(' ') && folded.startsWith(`${word} `));
  return prefix >= 0 ? words.length + prefix : null;
}

/** The mapping a header row suggests: the best-ranked title first, each sheet column used once. */
export function mappingFromHeader(header: RosterRow): ColumnMapping {
  const candidates: { column: RosterColumn; index: number; rank: number }[] = [];
  for (const column of ROSTER_COLUMNS) {
    header.forEach((cell, index) => {
      const rank = headerRank(cellText(cell), column);
      if (rank !== null) candidates.push({ column, index, rank });
    });
  }
  candidates.sort((first, second) => first.rank - second.rank || first.index - second.index);
  const mapping = emptyMapping();
  const taken = new Set<number>();
  for (const { column, index } of candidates) {
    if (mapping[column] !== null || taken.has(index)) continue;
    mapping[column] = index;
    taken.add(index);
  }
  return mapping;
}

export function emptyMapping(): ColumnMapping {
  return { seat: null, name: null, office: null, group: null, role: null };
}

/** Seat, name, position, group and role in the sheet's first five columns: the guess for a sheet without a header. */
export function positionalMapping(columnCount: number): ColumnMapping {
  const mapping = emptyMapping();
  ROSTER_COLUMNS.forEach((column, index) => {
    if (index < columnCount) mapping[column] = index;
  });
  return mapping;
}

function mappedCount(mapping: ColumnMapping): number {
  return ROSTER_COLUMNS.filter((column) => mapping[column] !== null).length;
}

/**
 * The index of the header row: the first of the top rows that names the most
 * roster columns, at least two of them, one being the name. Null when no row does.
 */
export function findHeaderRow(table: readonly RosterRow[]): number | null {
  let bestRow: number | null = null;
  let bestCount = 1;
  const searched = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < searched; index += 1) {
    const mapping = mappingFromHeader(table[index] ?? []);
    const count = mappedCount(mapping);
    if (mapping.name !== null && count > bestCount) {
      bestRow = index;
      bestCount = count;
    }
  }
  return bestRow;
}
