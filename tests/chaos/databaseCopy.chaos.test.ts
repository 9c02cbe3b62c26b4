/**
 * Why the kill tests read a copy: a process killed mid-transaction leaves a
 * hot rollback journal, which a read-only open cannot roll back. The copy,
 * opened read-write, shows what a restarted hub would see: the last commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDatabaseAsLeft } from '../helpers/databaseCopy';
import { makeDataDir, removeDataDir } from '../helpers/testHub';

/** Commits 10 rows, then writes 200 more in a transaction that spills to disk, and kills itself before the commit. */
const KILLED_WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = DELETE');
db.pragma('cache_size = 1');
db.exec('CREATE TABLE rows (n INTEGER, pad TEXT)');
const insert = db.prepare('INSERT INTO rows VALUES (?, ?)');
db.transaction(() => { for (let n = 0; n < 10; n += 1) insert.run(n, 'x'.repeat(500)); })();
db.exec('BEGIN IMMEDIATE');
for (let n = 10; n < 210; n += 1) insert.run(n, 'y'.repeat(500));
process.kill(process.pid, 'SIGKILL');
`;

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeDataDir();
  file = join(dir, 'ballots.sqlite');
  try {
    execFileSync(process.execPath, ['-e', KILLED_WRITER, file], { stdio: 'ignore' });
  } catch {
    /* killed on purpose */
  }
});
afterEach(() => removeDataDir(dir));

describe('a database a killed process left with a hot journal', () => {
  it('cannot be read read-only, which is how the kill test once failed', () => {
    expect(existsSync(`${file}-journal`)).toBe(true);
    expect(() => {
      const readOnly = new Database(file, { readonly: true });
      try {
        readOnly.prepare('SELECT COUNT(*) AS n FROM rows').get();
      } finally {
        readOnly.close();
      }
    }).toThrow(/readonly database/);
  });

  it('reads, from a copy, the last commit as a restarted hub would, and leaves the original as it was', () => {
    const copy = copyDatabaseAsLeft(file);
    try {
      const db = new Database(copy.file);
      expect(db.prepare('SELECT COUNT(*) AS n FROM rows').get()).toEqual({ n: 10 });
      db.close();
    } finally {
      copy.remove();
    }
    expect(existsSync(`${file}-journal`)).toBe(true);
  });
});
