/** Headless entry: the hub and the console with no Electron, for this machine or a small server. */
import { demoDocumentsDir } from './demoDocumentsDir';
import type { SessionDefinition } from '../shared/core';
import { demoSession } from './hub/demoSession';
import { loadSessionFile } from './loadSessionFile';
import { consoleLogger, teeLogger } from './hub/logger';
import { rotatingFileLogger } from './hub/rotatingFileLogger';
import { startHub } from './hub/startHub';
import { TlsConfigurationError } from './hub/tls/hubTls';
import { describeRunningHub, INSECURE_HTTP_WARNING } from './serveBanner';
import { rendererDir } from './rendererDir';
import { parseServeOptions, SERVE_USAGE } from './serveOptions';

async function main(): Promise<void> {
  let options;
  try {
    options = parseServeOptions(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message ? `${message}\n\n${SERVE_USAGE}` : SERVE_USAGE);
    process.exit(message ? 2 : 0);
  }
  const demoDocuments = demoDocumentsDir(__dirname);
  // Without --demo or --session, a data folder with no session starts in the lobby.
  let seed: SessionDefinition | undefined = options.demo ? demoSession() : undefined;
  let seedDocumentsDir: string | undefined = options.demo ? demoDocuments : undefined;
  if (options.sessionFile) {
    try {
      ({ definition: seed, documentsDir: seedDocumentsDir } = loadSessionFile(options.sessionFile));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    }
  }
  if (options.transport.kind === 'insecure-http') console.error(INSECURE_HTTP_WARNING);
  const hub = await startHub({
    dataDir: options.dataDir,
    port: options.port,
    transport: options.transport,
    ...(options.httpPort === null ? {} : { httpPort: options.httpPort }),
    host: options.host,
    allowedHostNames: options.allowedHostNames,
    rendererDir: rendererDir(__dirname),
    ...(seed ? { seed } : {}),
    ...(seedDocumentsDir ? { seedDocumentsDir } : {}),
    demoDocumentsDir: demoDocuments,
    maxDocumentBytes: options.maxDocumentMegabytes * 1024 * 1024,
    connectionLimits: {
      ...(options.maxSockets === undefined ? {} : { maxSockets: options.maxSockets }),
      ...(options.maxSocketsPerAddress === undefined ? {} : { maxSocketsPerAddress: options.maxSocketsPerAddress }),
    },
    log: teeLogger(consoleLogger(), rotatingFileLogger(options.dataDir)),
    ...(options.readOnly ? { readOnly: true } : {}),
  });
  console.log(describeRunningHub(hub, options.dataDir));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the hub…`);
    hub.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error('That port is already in use. Choose another with --port (or --http-port for the setup page).');
  else if (error instanceof TlsConfigurationError) console.error(error.message);
  else if (code === 'ENOENT' || code === 'EACCES') console.error(`Cannot read ${(error as NodeJS.ErrnoException).path ?? 'a file'}: ${code === 'ENOENT' ? 'no such file' : 'permission denied'}.`);
  else console.error(error);
  process.exit(1);
});
