import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DamagedHubKeyError, HUB_KEY_FILE, loadHubKey, loadOrCreateHubKey } from '../../../../../src/main/hub/auth/hubKey';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';

let dir: string;
let keyFile: string;
beforeEach(() => {
  dir = makeDataDir();
  keyFile = join(dir, HUB_KEY_FILE);
});
afterEach(() => removeDataDir(dir));

describe('the hub key file', () => {
  it('is created whole and owner-only, with no temporary file left beside it', () => {
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    expect(readFileSync(keyFile, 'utf8')).toBe(`${key.toString('hex')}\n`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual([HUB_KEY_FILE]);
    expect(loadHubKey(dir).equals(key)).toBe(true);
  });

  it('is replaced when it is empty and no session depends on it yet (a cut during the first start)', () => {
    writeFileSync(keyFile, '');
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    expect(key).toHaveLength(32);
    expect(loadHubKey(dir).equals(key)).toBe(true);
  });

  it('is replaced when it is partly written and no session depends on it yet', () => {
    writeFileSync(keyFile, 'a1b2c3');
    const key = loadOrCreateHubKey(dir, { sessionExists: false });
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(key.toString('hex'));
  });

  it('stops the start with a message saying what to do when it is damaged and a session depends on it', () => {
    writeFileSync(keyFile, '');
    expect(() => loadOrCreateHubKey(dir, { sessionExists: true })).toThrow(DamagedHubKeyError);
    expect(() => loadOrCreateHubKey(dir, { sessionExists: true })).toThrow(/Restore hub\.key from a backup/);
    expect(readFileSync(keyFile, 'utf8')).toBe('');
  });

  it('keeps a valid key of an older version and makes its file owner-only', () => {
    const hex = 'ab'.repeat(32);
    writeFileSync(keyFile, `${hex}\n`);
    chmodSync(keyFile, 0o644);
    expect(loadOrCreateHubKey(dir, { sessionExists: true }).toString('hex')).toBe(hex);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});
