import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateHubKey } from '../../../../../src/main/hub/auth/hubKey';
import { buildTokenDirectory, consoleToken, deriveToken } from '../../../../../src/main/hub/auth/tokens';
import { apply } from '../../../../../src/shared/core';
import { activeSessionFolder, makeDataDir, removeDataDir, startTestHub } from '../../../../helpers/testHub';
import { sessionState } from '../../../../unit/shared/core/fixtures';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

describe('tokens', () => {
  it('creates the hub key once, readable by its owner only, and reuses it', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, 'hub.key')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateHubKey(dir, { sessionExists: false }).equals(key)).toBe(true);
  });

  it('derives different tokens per principal and per generation', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const tokens = new Set([deriveToken(key, 's', 'seat-1', 1), deriveToken(key, 's', 'seat-1', 2), deriveToken(key, 's', 'seat-2', 1), deriveToken(key, 't', 'seat-1', 1)]);
    expect(tokens.size).toBe(4);
  });

  it('[A4] resolves a current token as valid, an old generation as revoked and anything else as unknown', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const state = sessionState();
    const sessionId = state.session?.id ?? '';
    const old = deriveToken(key, sessionId, 'seat-1', 1);
    const reissued = apply(state, { type: 'pairing.reissued', principalId: 'seat-1', generation: 2 });
    const directory = buildTokenDirectory(key, reissued);
    expect(directory.lookup(deriveToken(key, sessionId, 'seat-1', 2))).toMatchObject({ status: 'valid', principal: { id: 'seat-1' } });
    expect(directory.lookup(old)).toMatchObject({ status: 'revoked', principal: { id: 'seat-1' } });
    expect(directory.lookup('not-a-token')).toEqual({ status: 'unknown' });
    expect(directory.tokenOf('seat-1')).toBe(deriveToken(key, sessionId, 'seat-1', 2));
  });

  it('[A4] gives a vacant seat no current link: each of its tokens, the newest included, resolves as revoked', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const state = sessionState();
    const termId = state.session?.termId ?? '';
    const vacated = apply(state, { type: 'seat.vacated', seat: 1, at: 1, reason: 'Chuyển công tác', generation: 2 });
    const directory = buildTokenDirectory(key, vacated);
    expect(directory.tokenOf('seat-1')).toBeUndefined();
    for (const generation of [1, 2]) expect(directory.lookup(deriveToken(key, termId, 'seat-1', generation))).toMatchObject({ status: 'revoked', principal: { id: 'seat-1' } });
    expect(directory.lookup(deriveToken(key, termId, 'seat-2', 1))).toMatchObject({ status: 'valid' });
  });

  it('maps tokens by council term: a session of the same term gives each principal of the same generation the same token', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const first = sessionState();
    const firstSession = first.session;
    if (!firstSession) throw new Error('the fixture has a session');
    const sameTerm = { ...first, session: { ...firstSession, id: 'next-session', termId: firstSession.termId } };
    const newTerm = { ...first, session: { ...firstSession, id: 'new-term-session', termId: 'new-term' } };
    const before = buildTokenDirectory(key, first);
    const after = buildTokenDirectory(key, sameTerm);
    const other = buildTokenDirectory(key, newTerm);
    for (const principalId of ['secretary', 'chair', 'seat-1']) {
      expect(after.tokenOf(principalId)).toBe(before.tokenOf(principalId));
      expect(other.tokenOf(principalId)).not.toBe(before.tokenOf(principalId));
      expect(other.lookup(before.tokenOf(principalId) ?? '')).toEqual({ status: 'unknown' });
    }
  });

  it('keeps the links of a session from before terms: its termId is its own id', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const state = sessionState();
    const sessionId = state.session?.id ?? '';
    expect(state.session?.termId).toBe(sessionId);
    expect(buildTokenDirectory(key, state).tokenOf('seat-1')).toBe(deriveToken(key, sessionId, 'seat-1', 1));
  });

  it('derives a console token that is no principal\'s token', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    const token = consoleToken(key);
    expect(token).toBe(deriveToken(key, 'hub', 'console', 1));
    expect(buildTokenDirectory(key, sessionState()).lookup(token)).toEqual({ status: 'unknown' });
  });

  it('[A5] never writes a token into the database files', async () => {
    const hub = await startTestHub(dir);
    const tokens = [...hub.pairingLinks().map((link) => link.token), hub.consoleToken];
    const folder = activeSessionFolder(hub, dir);
    await hub.stop();
    expect(tokens.length).toBeGreaterThan(30);
    const stored = [join(folder, 'chamber.sqlite'), join(folder, 'chamber.sqlite-wal'), join(dir, 'catalog.json')]
      .map((file) => {
        try {
          return readFileSync(file).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(stored.length).toBeGreaterThan(0);
    for (const token of tokens) expect(stored.includes(token)).toBe(false);
  });
});
