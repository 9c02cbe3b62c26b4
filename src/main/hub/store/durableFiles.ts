/**
 * Files that must survive a power cut. A write is only on disk once the file
 * is synced, and a file created, renamed or deleted is only findable after a
 * power cut once its folder is synced too. Every file in the data folder is
 * the owner's alone (0600): it holds keys, tokens' roots and ballots.
 */
import { chmodSync, closeSync, constants, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The mode of every file in the data folder. */
export const PRIVATE_FILE_MODE = 0o600;
/** The mode of every folder in the data folder. */
export const PRIVATE_FOLDER_MODE = 0o700;

/** Makes the creation, rename or removal of a folder's entries durable. */
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, constants.O_RDONLY);
  } catch (error) {
    // Windows cannot open a folder; its file system orders these updates itself.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates a folder (and any missing parents) owner-only, and makes each new
 * folder durable by syncing the folder that holds it.
 */
export function makeFolderDurably(folder: string): void {
  const target = resolve(folder);
  const first = mkdirSync(target, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (first === undefined) return;
  const firstCreated = resolve(first);
  // From the deepest new folder up to the first one created, sync the folder holding each.
  for (let created = target; ; created = dirname(created)) {
    syncFolder(dirname(created));
    if (created === firstCreated || dirname(created) === created) break;
  }
}

/**
 * Creates `file` empty and owner-only when it is absent, and makes an existing
 * one owner-only. Returns whether it was created (its folder then needs a sync).
 * SQLite gives a database's journal, WAL and shared-memory files the mode of
 * the database itself, so a database created this way keeps them private too.
 */
export function ensurePrivateFile(file: string): boolean {
  try {
    closeSync(openSync(file, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, PRIVATE_FILE_MODE));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  restrictToOwner(file);
  return false;
}

/** Sets an existing file or folder to `mode` (0600 by default) if it is not already; absent paths are left alone. */
export function restrictToOwner(path: string, mode: number = PRIVATE_FILE_MODE): void {
  // Windows keeps access in ACLs (the per-user app data folder is private already); its chmod only sets read-only.
  if (process.platform === 'win32') return;
  let current: number;
  try {
    current = statSync(path).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (current !== mode) chmodSync(path, mode);
}

/**
 * Writes a whole file so that after a power cut it is either absent or
 * complete: written to a temporary name, synced, renamed into place, and the
 * folder synced. With `exclusive`, an existing file is an error (EEXIST).
 */
export function writeFileDurably(file: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): void {
  const folder = dirname(file);
  const temporary = temporaryNameFor(file);
  const fd = openSync(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (options.exclusive) {
    // link() fails if the name exists, so two starts cannot both create the file.
    try {
      linkSync(temporary, file);
    } finally {
      removeQuietly(temporary);
    }
  } else {
    renameSync(temporary, file);
  }
  syncFolder(folder);
}

/** Removes what an interrupted writeFileDurably left behind in `folder`: temporary files nothing refers to. */
export function removeLeftoverTemporaryFiles(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (LEFTOVER_PATTERN.test(name)) removeQuietly(join(folder, name));
  }
}

const LEFTOVER_PATTERN = /^\..+\.\d+\.tmp$/;

function temporaryNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}
