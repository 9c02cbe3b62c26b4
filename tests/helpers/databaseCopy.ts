/**
 * Reads a database the way a restarted hub would, without changing it. A
 * killed process can leave a hot rollback journal (or a WAL) beside the
 * database; opening it read-only then fails with "attempt to write a readonly
 * database", because SQLite must roll the journal back first. A copy of the
 * database with its journal and WAL, opened read-write, is rolled back or
 * recovered exactly as the hub's own open would do it.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface DatabaseCopy {
  /** The copy's path; open it read-write. */
  file: string;
  remove(): void;
}

/** Files SQLite reads at open to finish or undo what a killed writer left: the shared-memory index is rebuilt. */
const LEFT_BESIDE = ['-journal', '-wal'];

export function copyDatabaseAsLeft(file: string): DatabaseCopy {
  const folder = mkdtempSync(join(tmpdir(), 'chamber-db-copy-'));
  const copy = join(folder, basename(file));
  copyFileSync(file, copy);
  for (const suffix of LEFT_BESIDE) {
    if (existsSync(`${file}${suffix}`)) copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
  }
  return { file: copy, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
