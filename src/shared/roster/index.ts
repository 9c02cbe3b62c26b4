/** The roster spreadsheet: reading .xlsx and CSV files into rows and problems, and writing the roster back to .xlsx. */
export * from './rosterTypes';
export { readRoster, remapRoster } from './readRoster';
export type { RosterPreview, RosterPreviewResult } from './readRoster';
export { readRosterTable } from './readRosterTable';
export type { RosterSheet } from './readRosterTable';
export { rosterFromTable } from './rosterFromTable';
export type { RosterRows } from './rosterFromTable';
export { findHeaderRow, mappingFromHeader, positionalMapping, emptyMapping } from './guessMapping';
export { parseRole } from './parseRole';
export { normalizeText, foldForMatch } from './rosterText';
export { escapeFormula } from './escapeFormula';
export { exportRosterXlsx, rosterSheetRows, ROSTER_XLSX_MIME } from './exportRoster';
export type { ExportSeat, ExportGuest, ExportRoster, RosterExportOptions } from './exportRoster';
export { sniffFileKind } from './sniffFileKind';
export { formatDateTime } from './formatDateTime';
export { rosterFileName, rosterWorkbookFile } from './rosterWorkbookFile';
export type { RosterWorkbookFile } from './rosterWorkbookFile';
