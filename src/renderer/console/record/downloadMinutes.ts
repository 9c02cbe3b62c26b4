/**
 * Asks the hub for a minutes file (`GET /api/minutes`) with the console's
 * token and saves it under the Vietnamese name the hub gives it. A refusal
 * comes back as the hub's error code (`no_events`, …) or `unreachable`.
 */
import { z } from 'zod';

export interface MinutesTarget {
  httpBase: string;
  token: string;
}

export interface MinutesRequest {
  format: 'docx' | 'pdf';
  /** A sitting's number, or null for the whole session. */
  sitting: number | null;
}

export type MinutesDownload = { ok: true; fileName: string } | { ok: false; error: string; message: string };

const refusalSchema = z.object({ error: z.string().min(1), message: z.string().optional() });

export function minutesUrl(httpBase: string, request: MinutesRequest): string {
  const params = new URLSearchParams({ format: request.format });
  if (request.sitting !== null) params.set('sitting', String(request.sitting));
  return `${httpBase}/api/minutes?${params.toString()}`;
}

/** The file name of `Content-Disposition`: RFC 5987's UTF-8 name first, then the plain one. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const encoded = header.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return header.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

export async function downloadMinutes(target: MinutesTarget, request: MinutesRequest, fallbackName: string): Promise<MinutesDownload> {
  let response: Response;
  try {
    response = await fetch(minutesUrl(target.httpBase, request), { cache: 'no-store', headers: { Authorization: `Bearer ${target.token}` } });
  } catch {
    return { ok: false, error: 'unreachable', message: '' };
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const refusal = refusalSchema.safeParse(body);
    return refusal.success ? { ok: false, error: refusal.data.error, message: refusal.data.message ?? '' } : { ok: false, error: 'internal', message: `HTTP ${response.status}` };
  }
  const fileName = dispositionFileName(response.headers.get('Content-Disposition'), `${fallbackName}.${request.format}`);
  saveBlob(await response.blob(), fileName);
  return { ok: true, fileName };
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the blob once the click is handled; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
