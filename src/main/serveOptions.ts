/** Command-line options of `npm run serve`, parsed with Node's own parser. */
import { parseArgs } from 'node:util';
import { defaultDataDir } from './defaultDataDir';
import type { HubTransport } from './hub/startHub';

export const DEFAULT_PORT = 4800;
/** The plain-HTTP port that serves only the iPad setup page. */
export const DEFAULT_HTTP_PORT = 4880;

export interface ServeOptions {
  /** HTTPS and WSS (plain HTTP with --insecure-http). */
  port: number;
  /** The setup page's plain-HTTP port; null with --insecure-http. */
  httpPort: number | null;
  transport: HubTransport;
  host: string | undefined;
  dataDir: string;
  allowedHostNames: string[];
  /** The largest PDF an import accepts, in megabytes. */
  maxDocumentMegabytes: number;
  /** A session definition to create and activate when the data folder holds no session yet. */
  sessionFile: string | undefined;
  /** Create and activate the demo session when the data folder holds no session yet. */
  demo: boolean;
  /** Sockets the hub holds at once, in total and per remote address; undefined keeps the hub's defaults. */
  maxSockets: number | undefined;
  maxSocketsPerAddress: number | undefined;
  /** The record: open the active session read-only (the one way to open a session whose hash chain is broken). */
  readOnly: boolean;
}

export const DEFAULT_MAX_DOCUMENT_MEGABYTES = 200;

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--http-port N] [--host ADDRESS] [--data DIR] [--allow-host NAME]
                        [--tls-cert FILE --tls-key FILE | --insecure-http]
  --port        HTTPS and WSS port (default ${DEFAULT_PORT}; 0 picks a free one)
  --http-port   plain-HTTP port of the iPad setup page, which hands out the hub's certificate
                authority; every other address there redirects to HTTPS (default ${DEFAULT_HTTP_PORT})
  --tls-cert    the administrator's certificate (PEM, chain allowed) instead of the hub's own CA
  --tls-key     the private key (PEM, unencrypted) of --tls-cert
  --insecure-http  plain HTTP and WS on --port, readable and alterable by anyone on the Wi-Fi:
                for tests and special setups only
  --host        interface to listen on (default: every interface)
  --data        data folder (default: the per-user app data folder)
  --allow-host  a DNS name the hub may be reached by, besides its IP addresses (repeatable)
  --max-document-mb  the largest PDF an import accepts (default ${DEFAULT_MAX_DOCUMENT_MEGABYTES})
  --demo        on a data folder with no session, create the demo session and open it at once
                (without it, an empty folder starts on the console's session list)
  --session     a session definition (JSON) to create and open when the data folder holds no session
  --max-sockets              sockets the hub holds at once (default 1000)
  --max-sockets-per-address  sockets one LAN address may hold at once (default 32)
  --read-only   open the active session read-only: nothing can change in it (the only way to open
                a session whose record fails its hash-chain check; see npm run chamber -- verify)`;

export function parseServeOptions(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'http-port': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'insecure-http': { type: 'boolean' },
      host: { type: 'string' },
      data: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'max-document-mb': { type: 'string' },
      session: { type: 'string' },
      demo: { type: 'boolean' },
      'max-sockets': { type: 'string' },
      'max-sockets-per-address': { type: 'string' },
      'read-only': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new UsageError('');
  if (values.demo === true && values.session !== undefined) throw new UsageError('--demo and --session both name the first session: give one of them');
  const port = parsePort('--port', values.port, DEFAULT_PORT);
  const insecure = values['insecure-http'] === true;
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError('--tls-cert and --tls-key go together: give both, or neither to use the hub\'s own certificate authority');
  if (insecure && certFile !== undefined) throw new UsageError('--insecure-http cannot be combined with --tls-cert and --tls-key');
  if (insecure && values['http-port'] !== undefined) throw new UsageError('--http-port serves the certificate setup page, which --insecure-http has no use for');
  const httpPort = insecure ? null : parsePort('--http-port', values['http-port'], DEFAULT_HTTP_PORT);
  if (httpPort !== null && httpPort !== 0 && httpPort === port) throw new UsageError(`--http-port must differ from --port (both are ${port})`);
  const transport: HubTransport = insecure
    ? { kind: 'insecure-http' }
    : certFile !== undefined && keyFile !== undefined
      ? { kind: 'provided-tls', certFile, keyFile }
      : { kind: 'generated-tls' };
  const maxDocumentMegabytes = values['max-document-mb'] === undefined ? DEFAULT_MAX_DOCUMENT_MEGABYTES : Number(values['max-document-mb']);
  if (!Number.isFinite(maxDocumentMegabytes) || maxDocumentMegabytes <= 0) {
    throw new UsageError(`--max-document-mb must be a positive number, not "${values['max-document-mb']}"`);
  }
  return {
    port,
    httpPort,
    transport,
    maxDocumentMegabytes,
    maxSockets: positiveCount(values['max-sockets'], '--max-sockets'),
    maxSocketsPerAddress: positiveCount(values['max-sockets-per-address'], '--max-sockets-per-address'),
    sessionFile: values.session,
    demo: values.demo === true,
    readOnly: values['read-only'] === true,
    host: values.host,
    dataDir: values.data ?? defaultDataDir(),
    allowedHostNames: (values['allow-host'] ?? []).map((name) => name.toLowerCase()),
  };
}

function parsePort(flag: string, value: string | undefined, fallback: number): number {
  const port = value === undefined ? fallback : Number(value);
  if (value?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${flag} must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

function positiveCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}"`);
  return count;
}

export class UsageError extends Error {}
