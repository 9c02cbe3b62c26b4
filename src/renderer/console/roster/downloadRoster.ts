/** Saves the roster the console holds as an .xlsx file, made in the browser by the shared export. */
import type { Language } from '../../../shared/i18n/translate';
import type { SessionState } from '../../../shared/protocol';
import { rosterWorkbookFile } from '../../../shared/roster';

export async function downloadRoster(state: SessionState, language: Language): Promise<void> {
  const file = await rosterWorkbookFile(state, { language });
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
