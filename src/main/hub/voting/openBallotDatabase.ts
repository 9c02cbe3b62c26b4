/**
 * Opens ballots.sqlite with the settings its secrecy and durability rest on.
 *
 * - The file is created empty, owner-only (0600), and its folder synced before
 *   SQLite opens it; SQLite gives its journal the database file's mode.
 * - A rollback journal (`journal_mode = DELETE`), never WAL: a WAL keeps every
 *   committed version of a page until a checkpoint, and the order of its frames
 *   is the order of the ballots. The journal is deleted at each commit.
 * - `synchronous = EXTRA`: in DELETE mode a commit is only durable once the
 *   journal's removal is, so SQLite also syncs the folder after deleting it.
 *   Without it a power cut right after an acknowledgement can roll the ballot
 *   back. `fullfsync` asks macOS for F_FULLFSYNC (a no-op elsewhere).
 * - `secure_delete = ON`: freed cells and pages are zeroed, so nothing that was
 *   overwritten stays in the page's free space or on the freelist.
 * - `temp_store = MEMORY`: sorts never spill ballot rows into temporary files.
 */
import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteBinding } from '../store/sqliteBinding';
import { PRIVATE_FILE_MODE, writeFileDurably } from '../store/durableFiles';

export function openBallotDatabase(file: string): Database.Database {
  createPrivateFile(file);
  const db = new Database(file, { nativeBinding: sqliteBinding() });
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = EXTRA');
  db.pragma('fullfsync = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Creates the file empty and owner-only if it is missing; narrows the mode of an existing one. */
function createPrivateFile(file: string): void {
  try {
    // An empty file is a valid empty SQLite database.
    writeFileDurably(file, new Uint8Array(0), { exclusive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    chmodSync(file, PRIVATE_FILE_MODE);
  }
}
