/**
 * The preview of a roster file: its cells, the header row found, the column
 * mapping guessed, and the rows and problems that mapping gives. The console
 * shows this before anything changes; `remapRoster` recomputes it when the
 * secretary changes the mapping.
 */
import type { Result } from '../protocol';
import { rejection } from '../protocol';
import { findHeaderRow, mappingFromHeader, positionalMapping } from './guessMapping';
import { filledRowCount, readRosterTable } from './readRosterTable';
import type { RosterSheet } from './readRosterTable';
import { rosterFromTable } from './rosterFromTable';
import type { RosterRows } from './rosterFromTable';
import { cellText } from './rosterText';
import { ROSTER_LIMITS } from './rosterTypes';
import type { ColumnMapping, RosterRefusalCode } from './rosterTypes';

export interface RosterPreview extends RosterSheet, RosterRows {
  /** Index of the header row in `table`, or null when the sheet has none (every filled row is data). */
  headerRow: number | null;
  /** The title of each sheet column (its header cell, or "" without a header), for the mapping's choices. */
  columnTitles: string[];
  mapping: ColumnMapping;
  /** Filled rows below the header. */
  dataRows: number;
}

export type RosterPreviewResult = Result<{ preview: RosterPreview }, RosterRefusalCode>;

function columnCount(sheet: RosterSheet): number {
  return sheet.table.reduce((widest, row) => Math.max(widest, row.length), 0);
}

/** Reads a roster file into its preview, or refuses it (see readRosterTable; also `too_many_rows` above 2000 data rows). */
export async function readRoster(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<RosterPreviewResult> {
  const read = await readRosterTable(bytes, options.sheet);
  if (!read.ok) return read;
  const { ok: _ok, ...sheet } = read;
  const headerRow = findHeaderRow(sheet.table);
  const dataRows = filledRowCount(headerRow === null ? sheet.table : sheet.table.slice(headerRow + 1));
  if (dataRows === 0) return rejection('empty', 'The sheet has a header but no data row');
  if (dataRows > ROSTER_LIMITS.maxRows) return rejection('too_many_rows', `${dataRows} data rows; one import takes at most ${ROSTER_LIMITS.maxRows}`);
  const width = columnCount(sheet);
  const header = headerRow === null ? [] : (sheet.table[headerRow] ?? []);
  const columnTitles = Array.from({ length: width }, (_, index) => cellText(header[index]).trim());
  const mapping = headerRow === null ? positionalMapping(width) : mappingFromHeader(header);
  return { ok: true, preview: { ...sheet, headerRow, columnTitles, mapping, dataRows, ...rosterFromTable(sheet.table, headerRow, mapping) } };
}

/** The preview read again through another mapping. */
export function remapRoster(preview: RosterPreview, mapping: ColumnMapping): RosterPreview {
  return { ...preview, mapping, ...rosterFromTable(preview.table, preview.headerRow, mapping) };
}
