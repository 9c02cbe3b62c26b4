/**
 * The baseline for the prefetch benchmark: a bare Node `http` server that
 * streams files from a folder (`GET /documents/<name>`), with nothing else:
 * no token, no session, no ETag. Runs in its own process; tells its port over IPC.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const folder = process.argv[2] ?? '.';
const server = createServer((req, res) => {
  const path = join(folder, basename(new URL(req.url ?? '/', 'http://baseline.invalid').pathname));
  stat(path).then(
    (info) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': info.size });
      pipeline(createReadStream(path), res).catch(() => undefined);
    },
    () => {
      res.writeHead(404).end();
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 });
});
