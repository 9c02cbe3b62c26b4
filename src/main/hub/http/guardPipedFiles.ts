/**
 * For a response that a library fills with `fileStream.pipe(res)` (sirv does,
 * for the apps' files): `pipe` neither closes the file when the client goes
 * away mid-body nor handles a failed open (EMFILE), which would throw and take
 * the hub down. Both are caught here, from the events the response itself
 * emits: 'pipe' hands over the source, 'unpipe' says it was detached.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

export function guardPipedFiles(res: ServerResponse): void {
  res.on('pipe', (source: Readable) => {
    source.on('error', () => {
      // Headers are already sent with a 200: the only honest answer left is to cut the response.
      source.destroy();
      res.destroy();
    });
  });
  // Detached early (the client left): close the file. After a complete body, destroy is a no-op.
  res.on('unpipe', (source: Readable) => source.destroy());
}
