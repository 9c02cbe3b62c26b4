/// <reference types="electron" />
/**
 * Entry of the hub's Electron utility process: a Node child of the console, so
 * the window never waits on SQLite or fan-out. It reports its address once it listens.
 */
import { parseArgs } from 'node:util';
import { consoleLogger, teeLogger } from './hub/logger';
import { rotatingFileLogger } from './hub/rotatingFileLogger';
import { startHub } from './hub/startHub';
import type { HubProcessMessage } from './hubProcessMessages';
import { rendererDir } from './rendererDir';

const report = (message: HubProcessMessage) => process.parentPort.postMessage(message);

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string' }, port: { type: 'string' }, 'http-port': { type: 'string' }, 'demo-documents': { type: 'string' }, 'sqlite-binding': { type: 'string' }, host: { type: 'string' }, 'read-only': { type: 'boolean' } },
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
    // No seed: an empty data folder opens on the console's session list, where "Mở kỳ họp mẫu" makes the demo.
    ...(typeof values['demo-documents'] === 'string' ? { demoDocumentsDir: values['demo-documents'] } : {}),
    log: teeLogger(consoleLogger(), rotatingFileLogger(values.data)),
    // better-sqlite3 built for Electron's ABI, when the Electron entry passes one.
    ...(typeof values['sqlite-binding'] === 'string' ? { sqliteBinding: values['sqlite-binding'] } : {}),
    // The record: the Electron hub's option `readOnly` opens the active session read-only.
    ...(values['read-only'] === true ? { readOnly: true } : {}),
  });
  const secretaryToken = hub.activeSessionId() === null ? null : (hub.engine.tokens().tokenOf('secretary') ?? null);
  report({ type: 'ready', localUrl: hub.localUrl, publicUrl: hub.publicUrl, consoleToken: hub.consoleToken, secretaryToken, ca: hub.ca });
  process.on('SIGTERM', () => {
    void hub.stop().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
