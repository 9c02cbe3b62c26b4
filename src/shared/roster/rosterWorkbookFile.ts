/**
 * The roster of a session as a file to download, named after the session: what
 * the console saves and what the hub answers to `GET /api/roster.xlsx` (pass
 * this function as `startHub`'s `exportRoster`).
 */
import { exportRosterXlsx, ROSTER_XLSX_MIME } from './exportRoster';
import type { ExportRoster, RosterExportOptions } from './exportRoster';

export interface RosterWorkbookFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** "danh-sach-dai-bieu-<session id>.xlsx": session ids are ASCII letters, digits, _ and -, so every file system takes the name. */
export function rosterFileName(sessionId: string | null): string {
  return `danh-sach-dai-bieu-${sessionId ?? 'ky-hop'}.xlsx`;
}

/** The roster of a session state (the console's or the hub's). */
export type SessionRoster = ExportRoster & { session: { id: string } | null };

export async function rosterWorkbookFile(state: SessionRoster, options: RosterExportOptions = {}): Promise<RosterWorkbookFile> {
  return { fileName: rosterFileName(state.session?.id ?? null), contentType: ROSTER_XLSX_MIME, bytes: await exportRosterXlsx(state, options) };
}
