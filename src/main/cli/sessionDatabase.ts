import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionCatalogSchema } from '../../shared/protocol';
import { CATALOG_FILE } from '../hub/catalog/sessionCatalog';
import { DATABASE_FILE, SESSIONS_FOLDER, sessionFolder } from '../hub/dataFolder';

export type SessionDatabase = { ok: true; file: string } | { ok: false; message: string };

/**
 * The event log of the session asked for, or of the catalog's active one, or
 * (no session active, say a folder with one restored session) of the folder's
 * only session. A folder of the one-session layout (a hub of this version has
 * not started on it yet) has its log at the top.
 */
export function sessionDatabase(dataDir: string, sessionId: string | undefined): SessionDatabase {
  if (sessionId !== undefined) {
    let folder: string;
    try {
      folder = sessionFolder(dataDir, sessionId);
    } catch {
      return { ok: false, message: `"${sessionId}" is not a session id` };
    }
    const file = join(folder, DATABASE_FILE);
    return existsSync(file) ? { ok: true, file } : { ok: false, message: `No session ${sessionId} in ${dataDir}` };
  }
  const topLevel = join(dataDir, DATABASE_FILE);
  if (existsSync(topLevel)) return { ok: true, file: topLevel };
  let active: string | null;
  try {
    active = sessionCatalogSchema.parse(JSON.parse(readFileSync(join(dataDir, CATALOG_FILE), 'utf8'))).activeSessionId;
  } catch {
    return onlySession(dataDir, `${join(dataDir, CATALOG_FILE)} cannot be read`);
  }
  if (active === null) return onlySession(dataDir, 'No session is active in this data folder');
  return { ok: true, file: join(sessionFolder(dataDir, active), DATABASE_FILE) };
}

/** The folder's one session when it has exactly one; otherwise why none was chosen, with the ids to name. */
function onlySession(dataDir: string, why: string): SessionDatabase {
  const ids = sessionIdsIn(dataDir);
  const [only] = ids;
  if (ids.length === 1 && only !== undefined) return { ok: true, file: join(sessionFolder(dataDir, only), DATABASE_FILE) };
  if (ids.length === 0) return { ok: false, message: `${why}, and it holds no session under ${SESSIONS_FOLDER}/` };
  return { ok: false, message: `${why}: name one with --session ID, one of ${ids.join(', ')}` };
}

/** The ids of the session folders that hold an event log, sorted. */
function sessionIdsIn(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, SESSIONS_FOLDER));
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      try {
        return existsSync(join(sessionFolder(dataDir, name), DATABASE_FILE));
      } catch {
        return false;
      }
    })
    .sort();
}
