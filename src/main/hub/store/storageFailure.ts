/**
 * What to tell a client when the disk refused a write. SQLite reports a full
 * disk as SQLITE_FULL, but a file system that went read-only mid-run (an ext4
 * error, a pulled USB disk) often surfaces as a plain SQLITE_IOERR: the data
 * folder is then probed to say which it is, so the secretary reads "the disk
 * is full" or "the disk is read-only" rather than a bare internal error.
 */
import { closeSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../../shared/protocol';

export type StorageErrorCode = Extract<ErrorCode, 'storage_full' | 'storage_read_only' | 'storage_failed'>;
export interface StorageFailure {
  code: StorageErrorCode;
  message: string;
}

const MESSAGES: Record<StorageErrorCode, string> = {
  storage_full: "The hub's disk is full; nothing was stored",
  storage_read_only: "The hub's disk is read-only; nothing was stored",
  storage_failed: "The hub could not write to its disk; nothing was stored",
};

/** The storage failure an error stands for, or null when it is no disk error. */
export function storageFailureOf(error: unknown, dataDir: string): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const kind = kindOf(code) ?? null;
  if (kind === null) return null;
  const resolved = kind === 'storage_failed' ? probe(dataDir) : kind;
  return { code: resolved, message: `${MESSAGES[resolved]} (${code})` };
}

function kindOf(code: string): StorageErrorCode | undefined {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'storage_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'storage_read_only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') return 'storage_failed';
  return undefined;
}

/**
 * An I/O error says little; a small write in the folder tells whether it is
 * read-only or full. (ext4's emergency read-only state is not a read-only
 * mount flag, so access(2) would not see it; a real write does.)
 */
function probe(dataDir: string): StorageErrorCode {
  const path = join(dataDir, '.write-probe');
  try {
    const fd = openSync(path, 'w', 0o600);
    try {
      writeSync(fd, 'x');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') return 'storage_read_only';
    if (code === 'ENOSPC' || code === 'EDQUOT') return 'storage_full';
  } finally {
    try {
      rmSync(path, { force: true });
    } catch {
      // A read-only folder keeps the probe file, if it got that far; it is harmless.
    }
  }
  try {
    if (statfsSync(dataDir).bavail === 0) return 'storage_full';
  } catch {
    // The folder cannot be examined: the generic answer stands.
  }
  return 'storage_failed';
}
