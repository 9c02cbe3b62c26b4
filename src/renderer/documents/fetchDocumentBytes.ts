/**
 * Downloads a stored document from the hub with this device's token, resuming
 * a transfer that broke off: the bytes already received are kept (see
 * `partialDownloads`) and the next attempt asks for the rest with
 * `Range: bytes=N-` and `If-Range` on the file's ETag, so a changed file would
 * come whole instead of being spliced. The result is checked against its
 * SHA-256 before anyone keeps it (DocumentIntegrityError when it differs).
 */
import { verifyDocumentBytes } from './documentDigest';
import type { PartialDownload, PartialDownloads } from './partialDownloads';

export async function fetchDocumentBytes(hubBaseUrl: string, token: string, sha256: string, partials?: PartialDownloads): Promise<Uint8Array> {
  const held = partials?.take(sha256);
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (held) {
    headers.Range = `bytes=${held.length}-`;
    headers['If-Range'] = `"${sha256}"`;
  }
  let response: Response;
  try {
    response = await fetch(`${hubBaseUrl}/documents/${sha256}.pdf`, { headers });
  } catch (error) {
    // No answer at all: the kept bytes wait for the next attempt.
    if (held) partials?.keep(sha256, held);
    throw error;
  }
  if (!response.ok) {
    // 416: the kept bytes do not fit the file; anything else (busy, offline) may pass.
    if (held && response.status !== 416) partials?.keep(sha256, held);
    throw new Error(`Document ${sha256} answered ${response.status}`);
  }
  // A 206 from where the kept bytes end continues them; anything else is the whole file.
  const resumed = held && response.status === 206 && rangeStart(response) === held.length ? held : { chunks: [], length: 0 };
  const received = await readBody(response, resumed, (partial) => partials?.keep(sha256, partial));
  const bytes = joined(received);
  await verifyDocumentBytes(bytes, sha256);
  return bytes;
}

/** The first byte of a 206 answer's `Content-Range: bytes <start>-<end>/<size>`; NaN when absent or malformed. */
function rangeStart(response: Response): number {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('Content-Range') ?? '');
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

/** Reads the body after what is already held; when the transfer breaks, hands what arrived to `onBroken` and throws. */
async function readBody(response: Response, start: PartialDownload, onBroken: (partial: PartialDownload) => void): Promise<PartialDownload> {
  const chunks = start.chunks.slice();
  let length = start.length;
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return { chunks: [...chunks, whole], length: length + whole.byteLength };
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
  } catch (error) {
    onBroken({ chunks, length });
    throw error;
  }
  return { chunks, length };
}

function joined(partial: PartialDownload): Uint8Array {
  if (partial.chunks.length === 1 && partial.chunks[0]?.byteLength === partial.length) return partial.chunks[0];
  const bytes = new Uint8Array(partial.length);
  let offset = 0;
  for (const chunk of partial.chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
