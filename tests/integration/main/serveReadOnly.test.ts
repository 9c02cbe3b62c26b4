/**
 * `npm run serve` as a real process on a data folder whose record was edited:
 * it starts on the session list and its banner names the bad event and how to
 * open it read-only; with --read-only it serves the session read-only.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATABASE_FILE, sessionFolder } from '../../../src/main/hub/dataFolder';
import { freePort } from '../../helpers/freePort';
import { bundleServe, startServe } from '../../helpers/serveProcess';
import type { ServeBundle, ServeProcess } from '../../helpers/serveProcess';
import { changeOneByteOfEvent } from '../../helpers/tamperEventLog';
import { makeDataDir, removeDataDir, startTestHub } from '../../helpers/testHub';

let bundle: ServeBundle;
let dataDir: string;
let sessionId: string;
beforeAll(async () => {
  bundle = await bundleServe();
  dataDir = makeDataDir();
  const first = await startTestHub(dataDir);
  sessionId = first.activeSessionId() ?? '';
  await first.stop();
  changeOneByteOfEvent(join(sessionFolder(dataDir, sessionId), DATABASE_FILE), 1);
});
afterAll(() => {
  bundle.remove();
  removeDataDir(dataDir);
});

async function stop(serve: ServeProcess): Promise<void> {
  serve.child.kill('SIGINT');
  await serve.exited();
}

it('starts on the session list and names the first bad event and the way to open it read-only', async () => {
  const serve = startServe(bundle.script, ['--port', String(await freePort()), '--host', '127.0.0.1', '--data', dataDir]);
  try {
    await serve.ready();
    expect(serve.output()).toContain(`!! The event log of session ${sessionId} is broken at seq 1 (session.created): hash does not match content.`);
    expect(serve.output()).toContain('npm run serve -- --read-only');
    expect(serve.output()).toContain('Session list:');
  } finally {
    await stop(serve);
  }
});

it('serves the session read-only with --read-only and says so', async () => {
  const port = await freePort();
  const serve = startServe(bundle.script, ['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--read-only']);
  try {
    await serve.ready();
    expect(serve.output()).toContain('The active session is open read-only');
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { sessionId: string | null };
    expect(health.sessionId).toBe(sessionId);
  } finally {
    await stop(serve);
  }
});
