import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDataFolder, ensureSessionFolder, readHubInfo, sessionFolder, writeHubInfo } from '../../../../src/main/hub/dataFolder';
import { makeDataDir, removeDataDir } from '../../../helpers/testHub';

let root: string;
beforeEach(() => {
  root = makeDataDir();
});
afterEach(() => removeDataDir(root));

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('the data folder', () => {
  it('is created owner-only with its sessions folder, and a session folder with both databases already there, empty and owner-only', () => {
    const dataDir = join(root, 'new', 'data');
    ensureDataFolder(dataDir);
    expect(modeOf(join(root, 'new'))).toBe('700');
    expect(modeOf(dataDir)).toBe('700');
    expect(readdirSync(dataDir)).toEqual(['sessions']);
    expect(modeOf(join(dataDir, 'sessions'))).toBe('700');
    const folder = ensureSessionFolder(dataDir, 'session-1');
    expect(folder).toBe(join(dataDir, 'sessions', 'session-1'));
    expect(modeOf(folder)).toBe('700');
    expect(readdirSync(folder).sort()).toEqual(['ballots.sqlite', 'chamber.sqlite']);
    for (const name of ['ballots.sqlite', 'chamber.sqlite']) {
      expect(modeOf(join(folder, name))).toBe('600');
      expect(statSync(join(folder, name)).size).toBe(0);
    }
  });

  it('never builds a session folder path from something that is not an id', () => {
    for (const bad of ['..', '../hub', 'a/b', '', 'x'.repeat(65)]) expect(() => sessionFolder(root, bad), bad).toThrow(/Not a session id/);
  });

  it('tightens a folder and files an older version left readable by others, keeping their content', () => {
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const files = ['chamber.sqlite', 'chamber.sqlite-wal', 'chamber.sqlite-shm', 'ballots.sqlite', 'ballots.sqlite-journal', 'hub.json'];
    for (const name of files) {
      writeFileSync(join(dataDir, name), `content of ${name}`);
      chmodSync(join(dataDir, name), 0o644);
    }
    ensureDataFolder(dataDir);
    expect(modeOf(dataDir)).toBe('700');
    for (const name of files) {
      expect(modeOf(join(dataDir, name)), name).toBe('600');
      expect(readFileSync(join(dataDir, name), 'utf8')).toBe(`content of ${name}`);
    }
  });

  it('removes the temporary file a write cut short left behind', () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, '.hub.key.31337.tmp'), 'ab');
    ensureDataFolder(dataDir);
    expect(readdirSync(dataDir)).not.toContain('.hub.key.31337.tmp');
  });

  it('writes hub.json owner-only and reads it back', () => {
    const dataDir = join(root, 'data');
    ensureDataFolder(dataDir);
    writeHubInfo(dataDir, { publicUrl: 'http://192.0.2.10:4800', port: 4800 });
    expect(readHubInfo(dataDir)).toEqual({ publicUrl: 'http://192.0.2.10:4800', port: 4800 });
    expect(modeOf(join(dataDir, 'hub.json'))).toBe('600');
  });
});
