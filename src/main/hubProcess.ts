/// <reference types="electron" />
/**
 * Entry of the hub's Electron utility process: a Node child of the console, so
 * the window never waits on SQLite or fan-out. It reports its address once it listens.
 */
import { parseArgs } from 'node:util';
import { demoSession } from './hub/demoSession';
import { consoleLogger } from './hub/logger';
import { startHub } from './hub/startHub';
import type { HubProcessMessage } from './hubProcessMessages';
import { rendererDir } from './rendererDir';

const report = (message: HubProcessMessage) => process.parentPort.postMessage(message);

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string' }, port: { type: 'string' }, 'http-port': { type: 'string' }, 'demo-documents': { type: 'string' }, 'sqlite-binding': { type: 'string' }, host: { type: 'string' } },
    strict: false,
  });
  if (typeof values.data !== 'string') throw new Error('--data is required');
  const hub = await startHub({
    dataDir: values.data,
    port: Number(values.port ?? 0),
    // HTTPS with the hub's own CA, and the setup page iPads install it from.
    transport: { kind: 'generated-tls' },
    ...(typeof values['http-port'] === 'string' ? { httpPort: Number(values['http-port']) } : {}),
    ...(typeof values.host === 'string' ? { host: values.host } : {}),
    rendererDir: rendererDir(__dirname),
    seed: demoSession(),
    ...(typeof values['demo-documents'] === 'string' ? { seedDocumentsDir: values['demo-documents'] } : {}),
    log: consoleLogger(),
    // better-sqlite3 built for Electron's ABI, when the Electron entry passes one.
    ...(typeof values['sqlite-binding'] === 'string' ? { sqliteBinding: values['sqlite-binding'] } : {}),
  });
  const secretaryToken = hub.engine.tokens().tokenOf('secretary');
  if (secretaryToken === undefined) throw new Error('The session has no secretary');
  report({ type: 'ready', localUrl: hub.localUrl, publicUrl: hub.publicUrl, secretaryToken, ca: hub.ca });
  process.on('SIGTERM', () => {
    void hub.stop().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
