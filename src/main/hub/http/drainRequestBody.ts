/**
 * Reads and discards what is left of a request's body, up to a limit, before
 * a refusal is answered: a client still sending its file then reads the
 * answer, instead of a connection reset by a socket closed under it. Past
 * the limit (or on a broken request) it stops reading and resolves, and the
 * refusal closes the connection.
 */
import type { IncomingMessage } from 'node:http';

export function drainRequestBody(req: IncomingMessage, maxBytes: number): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', done);
      req.off('error', done);
      req.off('close', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.byteLength;
      if (seen > maxBytes) {
        req.pause();
        done();
      }
    };
    req.on('data', onData);
    req.on('end', done);
    req.on('error', done);
    req.on('close', done);
    req.resume();
  });
}
