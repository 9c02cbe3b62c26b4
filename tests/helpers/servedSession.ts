/**
 * A real hub process on a session of `seats` delegates, started and ready,
 * with every pairing token read as `chamber pairing` prints them: what the
 * disk chaos tests start each test with.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './freePort';
import { pairingTokens } from './pairingTokens';
import { serveHub } from './serveHub';
import type { ServedHub } from './serveHub';
import { sessionWithSeats } from './sessionWithSeats';

export interface ServedSession extends ServedHub {
  /** The current token of a principal (`secretary`, `chair`, `seat-7`). */
  token(principalId: string): string;
  /** Kills the hub and removes the session file. */
  stop(): Promise<void>;
}

/** `sessionDir` holds the session file; it must not be on the disk under test. */
export async function serveSession(script: string, options: { dataDir: string; seats: number; sessionDir: string }): Promise<ServedSession> {
  const sessionFile = join(options.sessionDir, `session-${options.seats}-${process.hrtime.bigint()}.json`);
  writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(options.seats)));
  const hub = serveHub(script, { dataDir: options.dataDir, port: await freePort(), sessionFile });
  const stop = async () => {
    hub.process.child.kill('SIGKILL');
    await hub.process.exited();
    rmSync(sessionFile, { force: true });
  };
  try {
    await hub.process.ready();
  } catch (error) {
    await stop();
    throw error;
  }
  const tokens = pairingTokens(options.dataDir, hub.url);
  return { ...hub, token: (principalId) => tokens.get(principalId) ?? '', stop };
}
