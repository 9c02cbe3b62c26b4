/**
 * A real hub on 127.0.0.1 and a random port, with its data in a fresh temporary folder.
 * It serves plain HTTP unless a test asks for TLS (`transport: { kind: 'generated-tls' }`):
 * the hub's TLS is covered by its own tests (tests/integration/hub/tls*.test.ts and the
 * browser TLS tests), and every other test speaks the protocol over loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { sessionFolder } from '../../src/main/hub/dataFolder';
import { demoSession } from '../../src/main/hub/demoSession';
import { startHub } from '../../src/main/hub/startHub';
import type { Hub, HubOptions } from '../../src/main/hub/startHub';

const DEMO_DOCUMENTS_DIR = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'documents');

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'chamber-test-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function startTestHub(dataDir: string, options: Partial<HubOptions> = {}): Promise<Hub> {
  return startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    transport: { kind: 'insecure-http' },
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    seed: demoSession(),
    seedDocumentsDir: DEMO_DOCUMENTS_DIR,
    demoDocumentsDir: DEMO_DOCUMENTS_DIR,
    ...options,
  });
}

/** The current token of a principal ('secretary', 'chair', 'screen', 'seat-3', …). */
export function tokenOf(hub: Hub, principalId: string): string {
  const token = hub.engine.tokens().tokenOf(principalId);
  if (token === undefined) throw new Error(`No token for ${principalId}`);
  return token;
}

/** The folder of the hub's active session, where its chamber.sqlite and ballots.sqlite are. */
export function activeSessionFolder(hub: Hub, dataDir: string): string {
  const sessionId = hub.activeSessionId();
  if (sessionId === null) throw new Error('No session is active');
  return sessionFolder(dataDir, sessionId);
}

export function socketUrl(hub: Hub): string {
  return `${hub.localUrl.replace(/^http/, 'ws')}/ws`;
}

/**
 * Gives each test of the file its own hub on a fresh data folder, stopped and
 * removed after the test. `use` receives them before each test.
 */
export function useFreshHub(use: (hub: Hub, dataDir: string) => void, options: Partial<HubOptions> = {}): void {
  useHub(beforeEach, afterEach, use, options);
}

/** One hub for all the tests of the file, for suites that build on each other's state or send a great deal. */
export function useHubForFile(use: (hub: Hub, dataDir: string) => void, options: Partial<HubOptions> = {}): void {
  useHub(beforeAll, afterAll, use, options);
}

function useHub(before: typeof beforeAll, after: typeof afterAll, use: (hub: Hub, dataDir: string) => void, options: Partial<HubOptions>): void {
  let hub: Hub | undefined;
  let dir: string | undefined;
  before(async () => {
    dir = makeDataDir();
    hub = await startTestHub(dir, options);
    use(hub, dir);
  });
  after(async () => {
    await hub?.stop();
    if (dir) removeDataDir(dir);
  });
}
