/** Command-line options of `npm run serve`, parsed with Node's own parser. */
import { parseArgs } from 'node:util';
import { defaultDataDir } from './defaultDataDir';

export const DEFAULT_PORT = 4800;

export interface ServeOptions {
  port: number;
  host: string | undefined;
  dataDir: string;
  allowedHostNames: string[];
  /** The largest PDF an import accepts, in megabytes. */
  maxDocumentMegabytes: number;
  /** A session definition to start a new data folder with, instead of the demo. */
  sessionFile: string | undefined;
  /** Sockets the hub holds at once, in total and per remote address; undefined keeps the hub's defaults. */
  maxSockets: number | undefined;
  maxSocketsPerAddress: number | undefined;
}

export const DEFAULT_MAX_DOCUMENT_MEGABYTES = 200;

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--host ADDRESS] [--data DIR] [--allow-host NAME]
  --port        port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host        interface to listen on (default: every interface)
  --data        data folder (default: the per-user app data folder)
  --allow-host  a DNS name the hub may be reached by, besides its IP addresses (repeatable)
  --max-document-mb  the largest PDF an import accepts (default ${DEFAULT_MAX_DOCUMENT_MEGABYTES})
  --session     a session definition (JSON) for a new data folder, instead of the demo session
  --max-sockets              sockets the hub holds at once (default 1000)
  --max-sockets-per-address  sockets one LAN address may hold at once (default 32)`;

export function parseServeOptions(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'max-document-mb': { type: 'string' },
      session: { type: 'string' },
      'max-sockets': { type: 'string' },
      'max-sockets-per-address': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new UsageError('');
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  const maxDocumentMegabytes = values['max-document-mb'] === undefined ? DEFAULT_MAX_DOCUMENT_MEGABYTES : Number(values['max-document-mb']);
  if (!Number.isFinite(maxDocumentMegabytes) || maxDocumentMegabytes <= 0) {
    throw new UsageError(`--max-document-mb must be a positive number, not "${values['max-document-mb']}"`);
  }
  return {
    port,
    maxDocumentMegabytes,
    maxSockets: positiveCount(values['max-sockets'], '--max-sockets'),
    maxSocketsPerAddress: positiveCount(values['max-sockets-per-address'], '--max-sockets-per-address'),
    sessionFile: values.session,
    host: values.host,
    dataDir: values.data ?? defaultDataDir(),
    allowedHostNames: (values['allow-host'] ?? []).map((name) => name.toLowerCase()),
  };
}

function positiveCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}"`);
  return count;
}

export class UsageError extends Error {}
