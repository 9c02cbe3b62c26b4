/**
 * Private notes as the hub keeps them: ciphertext only, in `notes.sqlite`
 * in the session's folder, one row per note keyed by the seat's principal id
 * (so a re-paired iPad or a reissued token of the same seat reaches them).
 * The hub cannot read a note: the key is derived on the iPad from a
 * passphrase the hub never sees. Notes are not events: they never reach the
 * event log, a snapshot, the fan-out, the logs or the minutes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { NotesKeyRecord, Sealed, SealedNote } from '../../../shared/protocol/notes';
import { NOTES_LIMITS } from '../../../shared/protocol/notes';
import { ensurePrivateFile, restrictToOwner } from '../store/durableFiles';
import { sqliteBinding } from '../store/sqliteBinding';

export const NOTES_FILE = 'notes.sqlite';

export type PutNoteOutcome = 'stored' | 'no_key' | 'seat_full';

export interface NotesStore {
  keyOf(principalId: string): NotesKeyRecord | null;
  /** Sets the seat's key parameters once; false when the seat already has them. */
  setKey(principalId: string, key: NotesKeyRecord): boolean;
  list(principalId: string): SealedNote[];
  /** Stores or replaces one note, within the seat's limits. */
  put(principalId: string, noteId: string, sealed: Sealed): PutNoteOutcome;
  /** True when a note was there. */
  remove(principalId: string, noteId: string): boolean;
  /** Discards the seat's key parameters and every note ("Bắt đầu lại"). */
  clear(principalId: string): void;
  close(): void;
}

interface KeyRow {
  salt: string;
  iterations: number;
  check_iv: string;
  check_data: string;
}

export interface NotesStoreOptions {
  /** A read-only (or restored) session: the database is opened read-only, never created, and nothing is written. */
  readonly?: boolean;
}

/** Opens (creating, owner-only) the notes database of a session folder; read-only, only reads what is there. */
export function openNotesStore(folder: string, options: NotesStoreOptions = {}): NotesStore {
  const file = join(folder, NOTES_FILE);
  if (options.readonly) return openReadOnlyNotesStore(file);
  ensurePrivateFile(file);
  for (const suffix of ['-journal', '-wal', '-shm']) restrictToOwner(`${file}${suffix}`);
  const db = new Database(file, { nativeBinding: sqliteBinding() });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // A replaced or discarded note's old ciphertext does not linger in free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS note_keys (
      principal_id TEXT PRIMARY KEY,
      salt TEXT NOT NULL,
      iterations INTEGER NOT NULL,
      check_iv TEXT NOT NULL,
      check_data TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS notes (
      principal_id TEXT NOT NULL,
      note_id TEXT NOT NULL,
      iv TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (principal_id, note_id)
    ) WITHOUT ROWID;
  `);
  const selectKey = db.prepare<[string], KeyRow>('SELECT salt, iterations, check_iv, check_data FROM note_keys WHERE principal_id = ?');
  const insertKey = db.prepare('INSERT OR IGNORE INTO note_keys (principal_id, salt, iterations, check_iv, check_data) VALUES (?, ?, ?, ?, ?)');
  const selectNotes = db.prepare<[string], SealedNote>('SELECT note_id AS id, iv, data FROM notes WHERE principal_id = ? ORDER BY note_id');
  const usage = db.prepare<[string, string], { count: number; chars: number }>(
    'SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(iv) + LENGTH(data)), 0) AS chars FROM notes WHERE principal_id = ? AND note_id <> ?',
  );
  const upsert = db.prepare(
    'INSERT INTO notes (principal_id, note_id, iv, data) VALUES (?, ?, ?, ?) ON CONFLICT (principal_id, note_id) DO UPDATE SET iv = excluded.iv, data = excluded.data',
  );
  const deleteNote = db.prepare('DELETE FROM notes WHERE principal_id = ? AND note_id = ?');
  const deleteNotes = db.prepare('DELETE FROM notes WHERE principal_id = ?');
  const deleteKey = db.prepare('DELETE FROM note_keys WHERE principal_id = ?');

  const keyOf = (principalId: string): NotesKeyRecord | null => keyRecordOf(selectKey.get(principalId));
  const put = db.transaction((principalId: string, noteId: string, sealed: Sealed): PutNoteOutcome => {
    if (!selectKey.get(principalId)) return 'no_key';
    const others = usage.get(principalId, noteId) ?? { count: 0, chars: 0 };
    if (others.count + 1 > NOTES_LIMITS.notesPerSeat) return 'seat_full';
    if (others.chars + sealed.iv.length + sealed.data.length > NOTES_LIMITS.seatChars) return 'seat_full';
    upsert.run(principalId, noteId, sealed.iv, sealed.data);
    return 'stored';
  });
  const clear = db.transaction((principalId: string) => {
    deleteNotes.run(principalId);
    deleteKey.run(principalId);
  });

  return {
    keyOf,
    setKey: (principalId, key) => insertKey.run(principalId, key.salt, key.iterations, key.check.iv, key.check.data).changes === 1,
    list: (principalId) => selectNotes.all(principalId),
    put: (principalId, noteId, sealed) => put(principalId, noteId, sealed),
    remove: (principalId, noteId) => deleteNote.run(principalId, noteId).changes === 1,
    clear: (principalId) => clear(principalId),
    close: () => db.close(),
  };
}

function refuseWrite(): never {
  throw new Error('The notes of a read-only session cannot change');
}

function keyRecordOf(row: KeyRow | undefined): NotesKeyRecord | null {
  return row ? { salt: row.salt, iterations: row.iterations, check: { iv: row.check_iv, data: row.check_data } } : null;
}

const NO_NOTES: NotesStore = {
  keyOf: () => null,
  setKey: refuseWrite,
  list: () => [],
  put: refuseWrite,
  remove: refuseWrite,
  clear: refuseWrite,
  close: () => undefined,
};

/**
 * The notes of a read-only session, as they are: read straight from the file,
 * which is never created, migrated or changed (no WAL switch, no schema). A
 * session that never had notes has none. The write methods throw: the route
 * refuses writes before it reaches them.
 */
function openReadOnlyNotesStore(file: string): NotesStore {
  if (!existsSync(file)) return NO_NOTES;
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  db.pragma('busy_timeout = 5000');
  const hasTables = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('note_keys', 'notes')").get()?.n === 2;
  if (!hasTables) {
    db.close();
    return NO_NOTES;
  }
  const selectKey = db.prepare<[string], KeyRow>('SELECT salt, iterations, check_iv, check_data FROM note_keys WHERE principal_id = ?');
  const selectNotes = db.prepare<[string], SealedNote>('SELECT note_id AS id, iv, data FROM notes WHERE principal_id = ? ORDER BY note_id');
  return {
    keyOf: (principalId) => keyRecordOf(selectKey.get(principalId)),
    setKey: refuseWrite,
    list: (principalId) => selectNotes.all(principalId),
    put: refuseWrite,
    remove: refuseWrite,
    clear: refuseWrite,
    close: () => db.close(),
  };
}
