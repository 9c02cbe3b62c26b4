/**
 * An older data folder (one session, its databases at the top) is moved into
 * sessions/<id>/ on the first start, and a move cut short at any point (a
 * power cut between two renames) is finished by the next start.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateHubKey } from '../../../../../src/main/hub/auth/hubKey';
import { deriveToken } from '../../../../../src/main/hub/auth/tokens';
import { MIGRATION_MARKER_FILE, migrateOneSessionLayout } from '../../../../../src/main/hub/catalog/migrateOneSessionLayout';
import { ensureDataFolder, sessionFolder } from '../../../../../src/main/hub/dataFolder';
import { createSessionEngine } from '../../../../../src/main/hub/sessionEngine';
import { openSqliteEventLog } from '../../../../../src/main/hub/store/sqliteEventLog';
import { readSessionState } from '../../../../../src/main/hub/store/readSessionState';
import { openBallotStore } from '../../../../../src/main/hub/voting/ballotStore';
import { makeDataDir, removeDataDir, socketUrl, startTestHub } from '../../../../helpers/testHub';
import { sessionWithSeats } from '../../../../helpers/sessionWithSeats';
import { TestSocket } from '../../../../helpers/testSocket';

let dataDir: string;
beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(() => removeDataDir(dataDir));

/** Writes a data folder as a hub of the one-session layout left it: the log and the ballots at the top. Returns the session id. */
function oldLayoutFolder(seats = 4): string {
  const log = openSqliteEventLog(join(dataDir, 'chamber.sqlite'));
  const engine = createSessionEngine({ log, key: loadOrCreateHubKey(dataDir, { sessionExists: false }) });
  engine.seedIfEmpty(sessionWithSeats(seats));
  const sessionId = engine.state().session?.id ?? '';
  log.close();
  openBallotStore(join(dataDir, 'ballots.sqlite')).close();
  return sessionId;
}

/** The session id and event count the moved log holds. */
function movedLog(sessionId: string): { id: string | undefined; events: number } {
  const log = openSqliteEventLog(join(sessionFolder(dataDir, sessionId), 'chamber.sqlite'), { readonly: true });
  try {
    return { id: readSessionState(log).session?.id, events: log.lastSeq() };
  } finally {
    log.close();
  }
}

describe('moving the session of the one-session layout into its folder', () => {
  it('moves both databases into sessions/<id>/ and leaves nothing of them at the top', () => {
    const sessionId = oldLayoutFolder();
    ensureDataFolder(dataDir);
    expect(migrateOneSessionLayout(dataDir)).toBe(sessionId);
    expect(readdirSync(dataDir).filter((name) => name.includes('.sqlite') || name === MIGRATION_MARKER_FILE)).toEqual([]);
    expect(readdirSync(sessionFolder(dataDir, sessionId)).sort()).toEqual(['ballots.sqlite', 'chamber.sqlite']);
    expect(movedLog(sessionId)).toEqual({ id: sessionId, events: 1 });
    expect(migrateOneSessionLayout(dataDir)).toBeNull();
  });

  it.each([0, 1, 2])('finishes a move a power cut stopped after %i of the renames (ballots first, the event log last)', (moved) => {
    const sessionId = oldLayoutFolder();
    ensureDataFolder(dataDir);
    // The state a cut leaves: the marker written, then `moved` files renamed into the session's folder.
    writeFileSync(join(dataDir, MIGRATION_MARKER_FILE), `${JSON.stringify({ sessionId })}\n`);
    const target = sessionFolder(dataDir, sessionId);
    mkdirSync(target, { recursive: true, mode: 0o700 });
    for (const name of ['ballots.sqlite', 'chamber.sqlite'].slice(0, moved)) renameSync(join(dataDir, name), join(target, name));
    expect(migrateOneSessionLayout(dataDir)).toBe(sessionId);
    expect(existsSync(join(dataDir, MIGRATION_MARKER_FILE))).toBe(false);
    expect(readdirSync(target).sort()).toEqual(['ballots.sqlite', 'chamber.sqlite']);
    expect(movedLog(sessionId)).toEqual({ id: sessionId, events: 1 });
  });

  it('removes an old event log that holds no event (a first start cut short), and moves nothing', () => {
    openSqliteEventLog(join(dataDir, 'chamber.sqlite')).close();
    ensureDataFolder(dataDir);
    expect(migrateOneSessionLayout(dataDir)).toBeNull();
    expect(existsSync(join(dataDir, 'chamber.sqlite'))).toBe(false);
    expect(readdirSync(join(dataDir, 'sessions'))).toEqual([]);
  });

  it('refuses, rather than overwrite, when the session folder already holds a file of the same name', () => {
    const sessionId = oldLayoutFolder();
    ensureDataFolder(dataDir);
    writeFileSync(join(dataDir, MIGRATION_MARKER_FILE), `${JSON.stringify({ sessionId })}\n`);
    mkdirSync(sessionFolder(dataDir, sessionId), { recursive: true, mode: 0o700 });
    writeFileSync(join(sessionFolder(dataDir, sessionId), 'chamber.sqlite'), 'another log');
    expect(() => migrateOneSessionLayout(dataDir)).toThrow(/exists already/);
    expect(existsSync(join(dataDir, 'chamber.sqlite'))).toBe(true);
  });

  it('keeps every link: a hub started on the old folder takes the same tokens, derived from the session id as the term', async () => {
    const sessionId = oldLayoutFolder();
    const key = loadOrCreateHubKey(dataDir, { sessionExists: true });
    const hub = await startTestHub(dataDir, { seed: undefined });
    try {
      expect(hub.activeSessionId()).toBe(sessionId);
      expect(hub.catalog().sessions.map((session) => ({ id: session.id, termId: session.termId, status: session.status }))).toEqual([{ id: sessionId, termId: sessionId, status: 'open' }]);
      for (const principal of ['secretary', 'seat-3']) {
        const token = deriveToken(key, sessionId, principal, 1);
        expect(hub.engine.tokens().tokenOf(principal)).toBe(token);
        const socket = await TestSocket.connect(socketUrl(hub), token);
        expect(socket.state.session?.id).toBe(sessionId);
        socket.close();
      }
    } finally {
      await hub.stop();
    }
    expect(existsSync(join(dataDir, 'chamber.sqlite'))).toBe(false);
  });
});
