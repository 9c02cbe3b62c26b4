/**
 * Reads a binary request body of at most `maxBytes` into memory. A larger body
 * is answered as soon as it passes the limit; the rest is read and dropped.
 */
import type { IncomingMessage } from 'node:http';

export type BytesBody = { ok: true; bytes: Buffer } | { ok: false; code: 'too_large'; message: string };

export function readBytesBody(req: IncomingMessage, maxBytes: number): Promise<BytesBody> {
  const tooLarge: BytesBody = { ok: false, code: 'too_large', message: `The file may be at most ${Math.round(maxBytes / 1024 / 1024)} MB` };
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (overflow) return;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      overflow = true;
      chunks.length = 0;
      resolve(tooLarge);
    });
    req.once('error', reject);
    req.once('end', () => {
      if (!overflow) resolve({ ok: true, bytes: Buffer.concat(chunks) });
    });
  });
}
