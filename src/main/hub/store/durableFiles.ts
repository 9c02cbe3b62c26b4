/**
 * Files that must survive a power cut. A write is only on disk once the file
 * is synced, and a file created, renamed or deleted is only findable after a
 * power cut once its folder is synced too. Every file in the data folder is
 * the owner's alone (0600): it holds keys, tokens' roots and ballots.
 */
import { closeSync, constants, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
 * Writes a whole file so that after a power cut it is either absent or
 * complete: written to a temporary name, synced, renamed into place, and the
 * folder synced. With `exclusive`, an existing file is an error (EEXIST).
 */
export function writeFileDurably(file: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): void {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.tmp`);
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

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}
