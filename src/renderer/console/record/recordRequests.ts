/**
 * The record's HTTP calls from the console: the chain check, a receipt, and
 * a session's archive downloaded with its progress. Answers are checked with
 * the shared schemas; a failure is a code the console translates.
 */
import { receiptFindingSchema, recordCheckSchema } from '../../../shared/protocol';
import type { ReceiptFinding, RecordCheck } from '../../../shared/protocol';

/** Where the hub is and the token the console holds (the secretary's). */
export interface RecordTarget {
  httpBase: string;
  token: string;
}

export type RecordResult<T> = { ok: true; value: T } | { ok: false; code: string };

async function failureCode(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const code = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  return typeof code === 'string' ? code : `http_${response.status}`;
}

export async function checkRecord(target: RecordTarget): Promise<RecordResult<RecordCheck>> {
  try {
    const response = await fetch(`${target.httpBase}/api/record/verify`, { cache: 'no-store', headers: { Authorization: `Bearer ${target.token}` } });
    if (!response.ok) return { ok: false, code: await failureCode(response) };
    const parsed = recordCheckSchema.safeParse(await response.json());
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'internal' };
  } catch {
    return { ok: false, code: 'offline' };
  }
}

export async function checkReceipt(target: RecordTarget, code: string): Promise<RecordResult<ReceiptFinding>> {
  try {
    const response = await fetch(`${target.httpBase}/api/record/receipt`, {
      method: 'POST',
      cache: 'no-store',
      headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    if (!response.ok) return { ok: false, code: await failureCode(response) };
    const parsed = receiptFindingSchema.safeParse(await response.json());
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'internal' };
  } catch {
    return { ok: false, code: 'offline' };
  }
}

/**
 * Fetches the archive, reporting the share received once the hub starts
 * sending (null until then: the hub is still making it), and saves it.
 */
export async function downloadArchive(
  target: RecordTarget,
  sessionId: string,
  onProgress: (received: number | null) => void,
): Promise<RecordResult<{ fileName: string }>> {
  let response: Response;
  try {
    onProgress(null);
    response = await fetch(`${target.httpBase}/api/sessions/${encodeURIComponent(sessionId)}/archive`, { cache: 'no-store', headers: { Authorization: `Bearer ${target.token}` } });
  } catch {
    return { ok: false, code: 'offline' };
  }
  if (!response.ok || !response.body) return { ok: false, code: await failureCode(response) };
  const total = Number(response.headers.get('Content-Length') ?? 0);
  const fileName = response.headers.get('Content-Disposition')?.match(/filename="([^"]+)"/)?.[1] ?? `chamber-${sessionId}.tar.gz`;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      if (total > 0) onProgress(received / total);
    }
  } catch {
    return { ok: false, code: 'offline' };
  }
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/gzip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: { fileName } };
}
