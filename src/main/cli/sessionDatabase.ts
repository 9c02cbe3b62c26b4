import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionCatalogSchema } from '../../shared/protocol';
import { CATALOG_FILE } from '../hub/catalog/sessionCatalog';
import { DATABASE_FILE, sessionFolder } from '../hub/dataFolder';

export type SessionDatabase = { ok: true; file: string } | { ok: false; message: string };

/**
 * The event log of the session asked for, or of the catalog's active one. A
 * folder of the one-session layout (a hub of this version has not started on
 * it yet) has its log at the top.
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
    return { ok: false, message: `${join(dataDir, CATALOG_FILE)} cannot be read: name the session with --session ID (the folders under sessions/)` };
  }
  if (active === null) return { ok: false, message: 'No session is active in this data folder: name one with --session ID (the folders under sessions/)' };
  return { ok: true, file: join(sessionFolder(dataDir, active), DATABASE_FILE) };
}
