import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateFile, makeFolderDurably, removeLeftoverTemporaryFiles, restrictToOwner, writeFileDurably } from '../../../../../src/main/hub/store/durableFiles';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('durable files', () => {
  it('writes a whole file owner-only through a temporary name that does not stay behind', () => {
    const file = join(dir, 'hub.json');
    writeFileDurably(file, '{"port":1}\n');
    writeFileDurably(file, '{"port":2}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"port":2}\n');
    expect(modeOf(file)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['hub.json']);
  });

  it('refuses to replace an existing file when asked for an exclusive write', () => {
    const file = join(dir, 'hub.key');
    writeFileDurably(file, 'first', { exclusive: true });
    expect(() => writeFileDurably(file, 'second', { exclusive: true })).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['hub.key']);
  });

  it('creates nested folders owner-only', () => {
    const nested = join(dir, 'a', 'b', 'c');
    makeFolderDurably(nested);
    for (const folder of [join(dir, 'a'), join(dir, 'a', 'b'), nested]) expect(modeOf(folder)).toBe(0o700);
    makeFolderDurably(nested);
    expect(modeOf(nested)).toBe(0o700);
  });

  it('creates a missing file empty and owner-only, and makes an existing one owner-only without touching its content', () => {
    const fresh = join(dir, 'fresh.sqlite');
    expect(ensurePrivateFile(fresh)).toBe(true);
    expect(statSync(fresh).size).toBe(0);
    expect(modeOf(fresh)).toBe(0o600);
    const old = join(dir, 'old.sqlite');
    writeFileSync(old, 'content');
    chmodSync(old, 0o644);
    expect(ensurePrivateFile(old)).toBe(false);
    expect(readFileSync(old, 'utf8')).toBe('content');
    expect(modeOf(old)).toBe(0o600);
  });

  it('leaves an absent path alone when asked to restrict it', () => {
    expect(() => restrictToOwner(join(dir, 'absent'))).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes temporary files an interrupted write left behind, and nothing else', () => {
    writeFileSync(join(dir, '.hub.key.4242.tmp'), '');
    writeFileSync(join(dir, '.hub.json.17.tmp'), '{');
    writeFileSync(join(dir, 'hub.key'), 'key');
    writeFileSync(join(dir, 'notes.tmp'), 'mine');
    removeLeftoverTemporaryFiles(dir);
    expect(readdirSync(dir).sort()).toEqual(['hub.key', 'notes.tmp']);
  });
});
