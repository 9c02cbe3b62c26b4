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

/** 2 for an exact title, 1 for a title that starts with one of the column's words, 0 otherwise. */
function headerScore(title: string, column: RosterColumn): number {
  const folded = foldForMatch(title);
  if (folded === '') return 0;
  const words = HEADER_WORDS[column];
  if (words.includes(folded)) return 2;
  return words.some((word) => word.includes(' ') && folded.startsWith(`${word} `)) ? 1 : 0;
}

/** The mapping a header row suggests: each roster column takes the best-scoring sheet column not already taken. */
export function mappingFromHeader(header: RosterRow): ColumnMapping {
  const mapping = emptyMapping();
  const taken = new Set<number>();
  for (const wanted of [2, 1]) {
    for (const column of ROSTER_COLUMNS) {
      if (mapping[column] !== null) continue;
      const index = header.findIndex((cell, at) => !taken.has(at) && headerScore(cellText(cell), column) === wanted);
      if (index >= 0) {
        mapping[column] = index;
        taken.add(index);
      }
    }
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
