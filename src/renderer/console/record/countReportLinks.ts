/**
 * The count report's files on the hub (`GET /api/minutes?format=…&countReport=<voteId>`),
 * fetched with the console's token and saved under the name the hub gives
 * (Content-Disposition, RFC 5987, read as the minutes export reads it), or the
 * hub's `{error, message}` as an error.
 */
import { dispositionFileName } from './downloadMinutes';

export type MinutesFormat = 'docx' | 'pdf';

export function countReportUrl(httpBase: string, voteId: string, format: MinutesFormat): string {
  return `${httpBase}/api/minutes?${new URLSearchParams({ format, countReport: voteId }).toString()}`;
}

export type DownloadOutcome = { ok: true } | { ok: false; message: string | null };

export async function downloadHubFile(url: string, token: string, fallbackName: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, message: null };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    return { ok: false, message: typeof body?.message === 'string' ? body.message : null };
  }
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = dispositionFileName(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  return { ok: true };
}
