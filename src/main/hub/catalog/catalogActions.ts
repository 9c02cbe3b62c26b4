/**
 * What the catalog routes do, on the session switch: who may call them, and
 * how a session is created, continued, activated, or its roster replaced.
 */
import { timingSafeEqual } from 'node:crypto';
import { createSessionEvents, definitionFromPrevious } from '../../../shared/core';
import type { SessionDefinition } from '../../../shared/core';
import type { CommandOf, Principal, SessionState } from '../../../shared/protocol';
import { consoleToken } from '../auth/tokens';
import { DATABASE_FILE, sessionFolder } from '../dataFolder';
import type { CatalogAnswer, CatalogFile, CatalogRouteOptions } from '../http/catalogRoutes';
import { openSqliteEventLog } from '../store/sqliteEventLog';
import { storageFailureOf } from '../store/storageFailure';
import { readSessionState } from '../store/readSessionState';
import type { SessionSwitch, SwitchResult } from './sessionSwitch';
import { join } from 'node:path';

export interface CatalogActionsOptions {
  dataDir: string;
  key: Buffer;
  sessions: SessionSwitch;
  newId(): string;
  /** The demo session and the folder of its PDFs. */
  demo(): { definition: SessionDefinition; documentsDir?: string };
  /** Writes a roster as a spreadsheet (the roster module's exporter); without it the export answers 501. */
  exportRoster(state: SessionState): Promise<CatalogFile>;
}

export function catalogActions(options: CatalogActionsOptions): CatalogRouteOptions {
  const { sessions, newId } = options;
  const consoleTokenBytes = Buffer.from(consoleToken(options.key));

  /** Runs a switch; a disk that refuses the new session's folder or log is answered with its storage code. */
  async function switched(work: () => Promise<SwitchResult>, status: number): Promise<CatalogAnswer> {
    let result: SwitchResult;
    try {
      result = await work();
    } catch (error) {
      const failure = storageFailureOf(error, options.dataDir);
      if (!failure) throw error;
      return { ok: false, ...failure };
    }
    return result.ok ? { ok: true, status, body: { id: result.id } } : result;
  }

  /** The state of a session, from the active runtime or, for another one, read from its folder. */
  function stateOf(sessionId: string): SessionState | null {
    const runtime = sessions.active();
    if (runtime?.sessionId === sessionId) return runtime.engine.state();
    if (!sessions.catalog.get(sessionId)) return null;
    const log = openSqliteEventLog(join(sessionFolder(options.dataDir, sessionId), DATABASE_FILE), { readonly: true });
    try {
      return readSessionState(log);
    } finally {
      log.close();
    }
  }

  const routes: CatalogRouteOptions = {
    authorize(token) {
      const given = Buffer.from(token);
      if (given.length === consoleTokenBytes.length && timingSafeEqual(given, consoleTokenBytes)) return true;
      const found = sessions.active()?.engine.tokens().lookup(token);
      return found?.status === 'valid' && found.principal.role === 'secretary';
    },
    listing: () => sessions.listing(),
    async exportRoster() {
      const runtime = sessions.active();
      if (!runtime) return { ok: false, code: 'no_active_session', message: 'No session is active' };
      return options.exportRoster(runtime.engine.state());
    },
    async create(definition) {
      // A session made in the console is prepared first, whatever the definition says.
      const events = createSessionEvents({ ...definition, status: 'preparing' }, newId);
      return switched(() => sessions.create({ events }), 201);
    },
    async createDemo() {
      const { definition, documentsDir } = options.demo();
      const events = createSessionEvents(definition, newId);
      return switched(() => sessions.create({ events, ...(documentsDir ? { documents: { definition, dir: documentsDir } } : {}) }), 201);
    },
    async activate(sessionId, how) {
      return switched(() => sessions.activate(sessionId, how), 200);
    },
    async next(sessionId, request) {
      const previous = stateOf(sessionId);
      if (!previous?.session) return { ok: false, code: 'not_found', message: `No session ${sessionId} in this data folder` };
      const { definition, ...carry } = definitionFromPrevious(previous, request);
      const events = createSessionEvents(definition, newId, carry);
      return switched(() => sessions.create({ events }), 201);
    },
    importRoster(command: CommandOf<'roster.import'>) {
      const runtime = sessions.active();
      const secretary: Principal | undefined = runtime?.engine.state().principals.secretary;
      if (!runtime || !secretary) return { ok: false, code: 'no_active_session', message: 'No session is active' };
      runtime.flush();
      const result = runtime.engine.execute(secretary, command);
      return result.ok ? { ok: true, status: 200, body: { seq: result.seq } } : { ok: false, code: result.code, message: result.message };
    },
  };
  return routes;
}
