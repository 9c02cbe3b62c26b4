/**
 * Files in a hub's data folder. The folder is the owner's alone (0700) and so
 * is every file in it (0600): it holds the key every token derives from, and
 * the ballots. Each file and folder is synced where it is created, so that a
 * power cut cannot take away one that something else already depends on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateFile, makeFolderDurably, PRIVATE_FOLDER_MODE, removeLeftoverTemporaryFiles, restrictToOwner, syncFolder, writeFileDurably } from './store/durableFiles';

export const DATABASE_FILE = 'chamber.sqlite';
/** Ballots, kept apart from the event log (see voting/ballotStore.ts). */
export const BALLOTS_FILE = 'ballots.sqlite';
export const HUB_INFO_FILE = 'hub.json';

/** Files SQLite keeps beside a database: each gets the database's mode when SQLite creates it. */
const SQLITE_SIDE_FILES = ['-journal', '-wal', '-shm'];

/** What a running hub writes down so that commands run beside it can build the same links. */
export interface HubInfo {
  publicUrl: string;
  port: number;
}

/**
 * Creates the data folder (syncing its parent), clears what an interrupted
 * write left behind, and creates both databases owner-only before SQLite opens
 * them; the folder and files of an older version are made owner-only too.
 */
export function ensureDataFolder(dataDir: string): void {
  makeFolderDurably(dataDir);
  // A folder made by someone else (or by Electron, for its user data) is tightened too: all of it is the hub's.
  restrictToOwner(dataDir, PRIVATE_FOLDER_MODE);
  removeLeftoverTemporaryFiles(dataDir);
  let created = false;
  for (const database of [DATABASE_FILE, BALLOTS_FILE]) {
    if (ensurePrivateFile(join(dataDir, database))) created = true;
    for (const suffix of SQLITE_SIDE_FILES) restrictToOwner(join(dataDir, `${database}${suffix}`));
  }
  restrictToOwner(join(dataDir, HUB_INFO_FILE));
  if (created) syncFolder(dataDir);
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
