import { parseArgs } from 'node:util';
import { DEFAULT_HTTP_PORT, DEFAULT_PORT } from './serveOptions';

/**
 * Where the desktop app's hub listens: `--port`, `--http-port` and `--host`
 * from the app's own command line (`npm start -- --port 4900` when 4800 is
 * taken), else the defaults on every interface. Electron's own switches and
 * the app path are left alone.
 */
export function hubListenArgs(argv: readonly string[]): string[] {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: { port: { type: 'string' }, 'http-port': { type: 'string' }, host: { type: 'string' }, 'read-only': { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  const port = typeof values.port === 'string' ? values.port : String(DEFAULT_PORT);
  const httpPort = typeof values['http-port'] === 'string' ? values['http-port'] : String(DEFAULT_HTTP_PORT);
  // The record: `--read-only` opens the active session read-only (the hub's option `readOnly`).
  const readOnly = values['read-only'] === true ? ['--read-only'] : [];
  return ['--port', port, '--http-port', httpPort, ...(typeof values.host === 'string' ? ['--host', values.host] : []), ...readOnly];
}
