/**
 * Reads the cells of a roster file: an .xlsx through read-excel-file, a CSV
 * through papaparse (comma, semicolon or tab; UTF-8 with or without a BOM, or
 * windows-1258). Works on bytes, so the console (a browser) and the hub (Node)
 * read files the same way. Refuses, with a code, what is not a readable roster.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import type { Result } from '../protocol';
import { rejection } from '../protocol';
import { decodeText } from './decodeText';
import { cellText } from './rosterText';
import { ROSTER_LIMITS } from './rosterTypes';
import type { RosterRefusalCode, RosterRow, RosterTable } from './rosterTypes';
import { sniffFileKind } from './sniffFileKind';

export interface RosterSheet {
  format: 'xlsx' | 'csv';
  /** Every sheet of the workbook (one, unnamed "CSV", for a CSV). */
  sheetNames: string[];
  sheetName: string;
  table: RosterTable;
}

export type RosterSheetResult = Result<RosterSheet, RosterRefusalCode>;

/** Rows with at least one non-blank cell: what the row limit and the empty check count. */
export function filledRowCount(table: readonly RosterRow[]): number {
  return table.filter((row) => row.some((cell) => cellText(cell).trim() !== '')).length;
}

async function readWorkbook(bytes: Uint8Array, sheet: string | undefined): Promise<RosterSheetResult> {
  let sheets: { sheet: string; data: RosterTable }[];
  try {
    // A copy, so the library gets an ArrayBuffer holding exactly the file (a Uint8Array may view a larger buffer);
    // untrimmed, so a name of only spaces is told apart from an empty cell.
    const buffer = bytes.slice().buffer;
    // The library types a date cell as `typeof Date` (the constructor); at run time it is a Date.
    sheets = (await readXlsxFile(buffer, { trim: false })) as unknown as { sheet: string; data: RosterTable }[];
  } catch (error) {
    return rejection('not_spreadsheet', `Not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheetNames = sheets.map((candidate) => candidate.sheet);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((candidate) => candidate.sheet === sheet);
  if (!chosen) return rejection(sheet === undefined ? 'empty' : 'sheet_not_found', `No sheet ${sheet ?? ''} in the workbook`);
  return { ok: true, format: 'xlsx', sheetNames, sheetName: chosen.sheet, table: chosen.data };
}

function readCsv(bytes: Uint8Array): RosterSheetResult {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false });
  return { ok: true, format: 'csv', sheetNames: ['CSV'], sheetName: 'CSV', table: parsed.data };
}

/**
 * The cells of the file's first sheet, or of the sheet named. Refusals:
 * `too_large` (over 10 MB), `password_protected` (an OLE container: an encrypted
 * .xlsx or an old .xls), `not_spreadsheet`, `empty` and `sheet_not_found`.
 */
export async function readRosterTable(bytes: Uint8Array, sheet?: string): Promise<RosterSheetResult> {
  if (bytes.length > ROSTER_LIMITS.maxBytes) return rejection('too_large', `The file is ${bytes.length} bytes; the limit is ${ROSTER_LIMITS.maxBytes}`);
  if (bytes.length === 0) return rejection('empty', 'The file is empty');
  const kind = sniffFileKind(bytes);
  if (kind === 'cfb') return rejection('password_protected', 'An OLE compound file: a password-protected workbook or an old .xls');
  if (kind === 'binary') return rejection('not_spreadsheet', 'The file is neither an .xlsx workbook nor a CSV text');
  const read = kind === 'zip' ? await readWorkbook(bytes, sheet) : readCsv(bytes);
  if (!read.ok) return read;
  const filled = filledRowCount(read.table);
  if (filled === 0) return rejection('empty', 'The sheet has no filled row');
  return read;
}
