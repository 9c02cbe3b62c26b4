/** Saves the roster the console holds as an .xlsx file, made in the browser by the shared export. */
import type { Language } from '../../../shared/i18n/translate';
import type { SessionState } from '../../../shared/protocol';
import { exportRosterXlsx, ROSTER_XLSX_MIME } from '../../../shared/roster';

/** "danh-sach-dai-bieu-<session id>.xlsx": session ids are ASCII letters, digits, _ and -, so every file system takes the name. */
export function rosterFileName(state: Pick<SessionState, 'session'>): string {
  return `danh-sach-dai-bieu-${state.session?.id ?? 'ky-hop'}.xlsx`;
}

export async function downloadRoster(state: SessionState, language: Language): Promise<void> {
  const bytes = await exportRosterXlsx({ seats: state.seats, guests: state.guests }, { language });
  const url = URL.createObjectURL(new Blob([bytes], { type: ROSTER_XLSX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = rosterFileName(state);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
