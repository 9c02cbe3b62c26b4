/**
 * A hub on a fresh data folder and a WebKit session beside it, shared by the
 * tests of one file, and both stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { startWebkit } from './webkitDriver';
import type { WebkitSession } from './webkitDriver';

export interface WebkitHall {
  hub: Hub;
  webkit: WebkitSession;
}

/** `prepare` runs on the hub before the browser starts (documents to upload, say). */
export function useWebkitHall(ready: (hall: WebkitHall) => void, prepare?: (hub: Hub) => Promise<void>): void {
  let dir: string | undefined;
  let hub: Hub | undefined;
  let webkit: WebkitSession | undefined;
  beforeAll(async () => {
    dir = makeDataDir();
    hub = await startTestHub(dir);
    await prepare?.(hub);
    webkit = await startWebkit();
    ready({ hub, webkit });
  });
  afterAll(async () => {
    await webkit?.stop();
    await hub?.stop();
    if (dir) removeDataDir(dir);
  });
}
