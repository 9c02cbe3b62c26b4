/**
 * Reads a JSON request body of at most `maxBytes`. A larger body is answered
 * as soon as it passes the limit; the rest is read and dropped, never kept.
 */
import type { IncomingMessage } from 'node:http';

export type JsonBody = { ok: true; value: unknown } | { ok: false; code: 'too_large' | 'bad_json'; message: string };

export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const tooLarge: JsonBody = { ok: false, code: 'too_large', message: `The body may be at most ${maxBytes} bytes` };
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
      // Answered at once (the route closes the connection after its 413); what still comes is dropped.
      overflow = true;
      chunks.length = 0;
      resolve(tooLarge);
    });
    req.once('error', reject);
    req.once('end', () => {
      if (overflow) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ ok: true, value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) });
      } catch {
        resolve({ ok: false, code: 'bad_json', message: 'The body is not JSON' });
      }
    });
  });
}
