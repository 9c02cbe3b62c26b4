/**
 * Moves the session of an older data folder (its `chamber.sqlite` and
 * `ballots.sqlite` at the top) into `sessions/<sessionId>/`, so that a power
 * cut at any point leaves a folder the next start can finish:
 *
 * 1. The event log is opened once where it is (SQLite rolls a hot journal back
 *    and checkpoints the WAL into the file) and the session id read from it.
 * 2. `migration.json` names the session, written durably. From here on the
 *    marker, not a database, says where the files go, so nothing is opened
 *    again until every file has moved.
 * 3. Each file (side files first, `chamber.sqlite` last) is renamed into the
 *    session's folder; after each rename both folders are synced. A rename is
 *    atomic, so each file is in one place or the other, never lost.
 * 4. The marker is removed, and the folder synced.
 *
 * A start that finds the marker goes on from step 3 with what is left at the top.
 * An event log with no event holds no session: its files are removed.
 */
import { existsSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { idSchema } from '../../../shared/protocol';
import { BALLOTS_FILE, DATABASE_FILE, sessionFolder, SQLITE_SIDE_FILES } from '../dataFolder';
import { makeFolderDurably, syncFolder, writeFileDurably } from '../store/durableFiles';
import { openSqliteEventLog } from '../store/sqliteEventLog';
import { readSessionState } from '../store/readSessionState';

export const MIGRATION_MARKER_FILE = 'migration.json';

const markerSchema = z.strictObject({ sessionId: idSchema });

/** Every file of the one-session layout, in the order they move: the event log's main file last. */
const MOVED_FILES = [
  ...SQLITE_SIDE_FILES.map((suffix) => `${BALLOTS_FILE}${suffix}`),
  BALLOTS_FILE,
  ...SQLITE_SIDE_FILES.map((suffix) => `${DATABASE_FILE}${suffix}`),
  DATABASE_FILE,
];

/** The id of the session moved (or found half-moved and finished), or null when there was none. */
export function migrateOneSessionLayout(dataDir: string): string | null {
  const markerFile = join(dataDir, MIGRATION_MARKER_FILE);
  let sessionId = readMarker(markerFile);
  if (sessionId === null) {
    if (!existsSync(join(dataDir, DATABASE_FILE))) return null;
    sessionId = sessionIdOfTopLevelLog(dataDir);
    if (sessionId === null) {
      removeEmptyTopLevelDatabases(dataDir);
      return null;
    }
    writeFileDurably(markerFile, `${JSON.stringify({ sessionId })}\n`);
  }
  const target = sessionFolder(dataDir, sessionId);
  makeFolderDurably(target);
  for (const name of MOVED_FILES) {
    const from = join(dataDir, name);
    if (!existsSync(from)) continue;
    const to = join(target, name);
    if (existsSync(to)) throw new Error(`Cannot move ${from}: ${to} exists already. Move one of them out of the data folder by hand.`);
    renameSync(from, to);
    syncFolder(target);
    syncFolder(dataDir);
  }
  unlinkSync(markerFile);
  syncFolder(dataDir);
  return sessionId;
}

function readMarker(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // The marker is written whole or not at all (writeFileDurably), so a bad one was not written by the hub.
  const parsed = markerSchema.safeParse(safeJson(text));
  if (!parsed.success) throw new Error(`${file} is damaged; it names the session being moved into sessions/. Check the data folder by hand.`);
  return parsed.data.sessionId;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Opens the old event log in place (which also folds its WAL into the file) and reads its session id. */
function sessionIdOfTopLevelLog(dataDir: string): string | null {
  const log = openSqliteEventLog(join(dataDir, DATABASE_FILE));
  try {
    if (log.lastSeq() === 0) return null;
    return readSessionState(log).session?.id ?? null;
  } finally {
    log.close();
  }
}

/** Files of a start cut short before its session was created: they hold nothing. */
function removeEmptyTopLevelDatabases(dataDir: string): void {
  for (const name of MOVED_FILES) {
    const file = join(dataDir, name);
    if (existsSync(file)) unlinkSync(file);
  }
  syncFolder(dataDir);
}
