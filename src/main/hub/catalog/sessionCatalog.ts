/**
 * `catalog.json`: the sessions of the data folder and the active one. It is a
 * cache of what the session folders hold, written durably on each change; a
 * start checks it against `sessions/` (a folder it lacks is read and added, an
 * entry whose folder is gone is dropped) and rebuilds it from the folders when
 * it is missing or damaged. A rebuilt catalog makes the one open session
 * active, if there is exactly one; otherwise the hub starts in the lobby.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idSchema, sessionCatalogSchema } from '../../../shared/protocol';
import type { SessionCatalogListing, SessionSummary } from '../../../shared/protocol';
import { DATABASE_FILE, SESSIONS_FOLDER, sessionFolder } from '../dataFolder';
import type { Logger } from '../logger';
import { restrictToOwner, writeFileDurably } from '../store/durableFiles';
import { openSqliteEventLog } from '../store/sqliteEventLog';
import { readSessionState } from '../store/readSessionState';
import { summaryOf } from './sessionSummary';
import { isRestoredSession } from '../../record/restoredMarker';

export const CATALOG_FILE = 'catalog.json';

export interface SessionCatalog {
  listing(): SessionCatalogListing;
  get(sessionId: string): SessionSummary | undefined;
  /** Adds or replaces a session's summary; written only when it changed. */
  put(summary: SessionSummary): void;
  setActive(sessionId: string | null): void;
}

export function openSessionCatalog(dataDir: string, log: Logger): SessionCatalog {
  const file = join(dataDir, CATALOG_FILE);
  restrictToOwner(file);
  const stored = readCatalogFile(file);
  if (stored === null && existsSync(file)) log.warn('catalog.json is damaged; rebuilding it from the session folders', { file });
  let current = reconcile(dataDir, stored, log);
  if (JSON.stringify(current) !== JSON.stringify(stored)) write();

  function write(): void {
    writeFileDurably(file, `${JSON.stringify(current, null, 2)}\n`);
  }

  return {
    listing: () => current,
    get: (sessionId) => current.sessions.find((session) => session.id === sessionId),
    put(summary) {
      const index = current.sessions.findIndex((session) => session.id === summary.id);
      if (index >= 0 && JSON.stringify(current.sessions[index]) === JSON.stringify(summary)) return;
      const sessions = current.sessions.slice();
      if (index >= 0) sessions[index] = summary;
      else sessions.push(summary);
      current = { ...current, sessions };
      write();
    },
    setActive(sessionId) {
      if (current.activeSessionId === sessionId) return;
      current = { ...current, activeSessionId: sessionId };
      write();
    },
  };
}

function readCatalogFile(file: string): SessionCatalogListing | null {
  try {
    const parsed = sessionCatalogSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The catalog as the session folders have it, keeping what the stored one knows of each. */
function reconcile(dataDir: string, stored: SessionCatalogListing | null, log: Logger): SessionCatalogListing {
  const known = new Map((stored?.sessions ?? []).map((session) => [session.id, session]));
  const sessions: SessionSummary[] = [];
  for (const id of sessionFolderIds(dataDir)) {
    const summary = known.get(id) ?? readSummary(dataDir, id, log);
    if (summary) sessions.push(summary);
  }
  sessions.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const ids = new Set(sessions.map((session) => session.id));
  let activeSessionId: string | null;
  if (stored) activeSessionId = stored.activeSessionId !== null && ids.has(stored.activeSessionId) ? stored.activeSessionId : null;
  else {
    const open = sessions.filter((session) => session.status === 'open');
    activeSessionId = open.length === 1 ? (open[0]?.id ?? null) : null;
  }
  return { activeSessionId, sessions };
}

/** Session folders that hold an event log. */
function sessionFolderIds(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, SESSIONS_FOLDER));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => idSchema.safeParse(name).success && existsSync(join(dataDir, SESSIONS_FOLDER, name, DATABASE_FILE)));
}

/** Reads a session's summary from its own event log; null when the log holds no session (a creation cut short). */
export function readSummary(dataDir: string, sessionId: string, log: Logger): SessionSummary | null {
  const eventLog = openSqliteEventLog(join(sessionFolder(dataDir, sessionId), DATABASE_FILE));
  try {
    const first = eventLog.lastSeq() > 0 ? eventLog.readAfter(0)[0] : undefined;
    const read = first ? summaryOf(readSessionState(eventLog), first.at) : null;
    // The record: a session brought back from an archive stays marked restored (read-only).
    const summary = read && isRestoredSession(sessionFolder(dataDir, sessionId)) ? { ...read, restored: true } : read;
    if (!summary) log.warn('a session folder holds no session; it is left out of the catalog', { sessionId });
    else if (summary.id !== sessionId) {
      log.warn('a session folder holds another session than its name says; it is left out', { folder: sessionId, sessionId: summary.id });
      return null;
    }
    return summary;
  } finally {
    eventLog.close();
  }
}
