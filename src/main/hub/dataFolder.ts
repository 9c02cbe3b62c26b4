/**
 * Files in a hub's data folder. The folder is the owner's alone (0700) and so
 * is every file in it (0600): it holds the key every token derives from, and
 * the ballots. Each file and folder is synced where it is created, so that a
 * power cut cannot take away one that something else already depends on.
 *
 * Layout: `hub.key`, `hub.json`, `tls/` and `documents/` (shared by every
 * session, content-addressed) at the top; each session in
 * `sessions/<sessionId>/` with its `chamber.sqlite` and `ballots.sqlite`;
 * `catalog.json` lists the sessions and names the active one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idSchema } from '../../shared/protocol';
import { ensurePrivateFile, makeFolderDurably, PRIVATE_FOLDER_MODE, removeLeftoverTemporaryFiles, restrictToOwner, syncFolder, writeFileDurably } from './store/durableFiles';

export const DATABASE_FILE = 'chamber.sqlite';
/** Ballots, kept apart from the event log (see voting/ballotStore.ts). */
export const BALLOTS_FILE = 'ballots.sqlite';
export const HUB_INFO_FILE = 'hub.json';
/** The folder that holds one folder per session. */
export const SESSIONS_FOLDER = 'sessions';

/** Files SQLite keeps beside a database: each gets the database's mode when SQLite creates it. */
export const SQLITE_SIDE_FILES = ['-journal', '-wal', '-shm'] as const;

/** What a running hub writes down so that commands run beside it can build the same links. */
export interface HubInfo {
  publicUrl: string;
  port: number;
}

/** The folder of one session. The id is checked, so a path never comes from outside as is. */
export function sessionFolder(dataDir: string, sessionId: string): string {
  if (!idSchema.safeParse(sessionId).success) throw new Error(`Not a session id: ${JSON.stringify(sessionId)}`);
  return join(dataDir, SESSIONS_FOLDER, sessionId);
}

/**
 * Creates the data folder (syncing its parent) and its `sessions/` folder,
 * clears what an interrupted write left behind, and makes the folder and the
 * files of an older version owner-only.
 */
export function ensureDataFolder(dataDir: string): void {
  makeFolderDurably(dataDir);
  // A folder made by someone else (or by Electron, for its user data) is tightened too: all of it is the hub's.
  restrictToOwner(dataDir, PRIVATE_FOLDER_MODE);
  removeLeftoverTemporaryFiles(dataDir);
  // The databases of the one-session layout, until they are moved into their session's folder.
  for (const database of [DATABASE_FILE, BALLOTS_FILE]) {
    restrictToOwner(join(dataDir, database));
    for (const suffix of SQLITE_SIDE_FILES) restrictToOwner(join(dataDir, `${database}${suffix}`));
  }
  restrictToOwner(join(dataDir, HUB_INFO_FILE));
  makeFolderDurably(join(dataDir, SESSIONS_FOLDER));
  restrictToOwner(join(dataDir, SESSIONS_FOLDER), PRIVATE_FOLDER_MODE);
}

/**
 * Creates a session's folder and both its databases, empty and owner-only,
 * before SQLite opens them; an existing folder and its files are tightened.
 */
export function ensureSessionFolder(dataDir: string, sessionId: string): string {
  const folder = sessionFolder(dataDir, sessionId);
  makeFolderDurably(folder);
  restrictToOwner(folder, PRIVATE_FOLDER_MODE);
  removeLeftoverTemporaryFiles(folder);
  let created = false;
  for (const database of [DATABASE_FILE, BALLOTS_FILE]) {
    if (ensurePrivateFile(join(folder, database))) created = true;
    for (const suffix of SQLITE_SIDE_FILES) restrictToOwner(join(folder, `${database}${suffix}`));
  }
  if (created) syncFolder(folder);
  return folder;
}

export function writeHubInfo(dataDir: string, info: HubInfo): void {
  writeFileDurably(join(dataDir, HUB_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

export function readHubInfo(dataDir: string): HubInfo | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, HUB_INFO_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { publicUrl, port } = parsed as Record<string, unknown>;
    return typeof publicUrl === 'string' && typeof port === 'number' ? { publicUrl, port } : null;
  } catch {
    return null;
  }
}
