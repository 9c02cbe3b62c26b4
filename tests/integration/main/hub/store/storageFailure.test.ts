import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storageFailureOf } from '../../../../../src/main/hub/store/storageFailure';

const dir = mkdtempSync(join(tmpdir(), 'chamber-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = (code: string) => storageFailureOf(Object.assign(new Error(code), { code }), dir)?.code ?? null;

describe('storage failures', () => {
  it('names a full disk, from SQLite or from the file system', () => {
    expect([failure('SQLITE_FULL'), failure('ENOSPC'), failure('EDQUOT')]).toEqual(['storage_full', 'storage_full', 'storage_full']);
  });

  it('names a read-only disk, from SQLite or from the file system', () => {
    expect([failure('SQLITE_READONLY'), failure('SQLITE_READONLY_DBMOVED'), failure('EROFS')]).toEqual(['storage_read_only', 'storage_read_only', 'storage_read_only']);
  });

  it('calls an I/O error on a writable disk with room a plain storage failure', () => {
    expect([failure('SQLITE_IOERR_WRITE'), failure('SQLITE_CANTOPEN'), failure('EIO')]).toEqual(['storage_failed', 'storage_failed', 'storage_failed']);
  });

  it('is no storage failure for other errors, which stay internal errors', () => {
    expect([failure('SQLITE_CONSTRAINT'), failure('ENOENT'), storageFailureOf(new Error('bug'), dir)]).toEqual([null, null, null]);
  });
});
