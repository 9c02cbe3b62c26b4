/**
 * Which session the hub serves. One at a time: activating another one flushes
 * the active runtime (the page turn and ballots still waiting are committed),
 * closes every socket with `sessionChanged` (clients reconnect and get the new
 * session's snapshot), closes the old databases and opens the new ones. A
 * session that is open (running) cannot be left: the switch is refused with
 * `session_running`. Switches run one after another, never interleaved.
 */
import type { SessionDefinition } from '../../../shared/core';
import type { ChainProblem, DomainEvent, PairingLink, SessionCatalogListing } from '../../../shared/protocol';
import { BrokenChainError } from '../../record/brokenChain';
import type { PairingSetup } from '../auth/pairingSetup';
import type { Clock } from '../clock';
import type { DocumentStore } from '../documents/documentStore';
import { seedDocuments } from '../documents/seedDocuments';
import type { Logger } from '../logger';
import type { SessionEngine } from '../sessionEngine';
import { openSessionRuntime } from '../sessionRuntime';
import type { SessionRuntime } from '../sessionRuntime';
import type { StorageHealth } from '../store/storageHealth';
import { openSessionCatalog } from './sessionCatalog';
import type { SessionCatalog } from './sessionCatalog';
import { summaryOf } from './sessionSummary';

export type SwitchResult =
  | { ok: true; id: string }
  | { ok: false; code: 'session_running'; message: string; sessionId: string; title: string }
  | { ok: false; code: 'not_found'; message: string }
  // The record: the session's hash chain is broken; it opens only read-only.
  | { ok: false; code: 'chain_broken'; message: string; sessionId: string; chain: ChainProblem };

/** How a session is opened: read-only takes no command and writes nothing. */
export interface ActivateOptions {
  readOnly?: boolean;
}

export interface SessionSwitchOptions {
  dataDir: string;
  key: Buffer;
  storage: StorageHealth;
  log: Logger;
  clock?: Clock;
  helloTimeoutMs?: number;
  documents: DocumentStore;
  pairingLinks(engine: SessionEngine): PairingLink[];
  pairingSetup(): PairingSetup | null;
  /** Closes every socket with `sessionChanged`; the clients reconnect to the session now active. */
  closeSockets(): void;
  now?: () => number;
  /** Opens the catalog's active session read-only at start (`serve --read-only`), whether its chain is broken or not. */
  readOnlyAtStart?: boolean;
  /** A session became the active one (at start too), with its documents attached. */
  activated?(engine: SessionEngine): void;
}

export interface NewSession {
  /** The creation events (ids chosen already): the session's id is the folder's name. */
  events: DomainEvent[];
  /** The definition the events were made from, and the folder of its documents, to attach them. */
  documents?: { definition: SessionDefinition; dir: string };
}

export interface SessionSwitch {
  readonly catalog: SessionCatalog;
  /** The runtime of the active session; null in the lobby. */
  active(): SessionRuntime | null;
  /** The catalog, with the active session as served (none when it was refused), the broken chains found and whether it is read-only. */
  listing(): SessionCatalogListing;
  /** Sessions refused for a broken hash chain since the hub started, by id. */
  brokenChains(): ChainProblem[];
  /** Creates a session in its own folder and makes it the active one. */
  create(session: NewSession): Promise<SwitchResult>;
  activate(sessionId: string, how?: ActivateOptions): Promise<SwitchResult>;
  /** Flushes and closes the active runtime (the hub is stopping). */
  close(): void;
}

export function createSessionSwitch(options: SessionSwitchOptions): SessionSwitch {
  const { dataDir, log } = options;
  const now = options.now ?? Date.now;
  const catalog = openSessionCatalog(dataDir, log);
  let runtime: SessionRuntime | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const broken = new Map<string, ChainProblem>();

  function open(sessionId: string, creation?: readonly DomainEvent[], readOnly = false): SessionRuntime {
    // A restored archive is a record to read, never a session to carry on.
    const asReadOnly = readOnly || catalog.get(sessionId)?.restored === true;
    return openSessionRuntime({
      ...(asReadOnly ? { readOnly: true } : {}),
      dataDir,
      sessionId,
      key: options.key,
      storage: options.storage,
      log,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
      ...(creation ? { creation } : {}),
      pairingLinks: options.pairingLinks,
      pairingSetup: options.pairingSetup,
      committed: (engine) => {
        const summary = summaryOf(engine.state(), catalog.get(sessionId)?.createdAt ?? createdAt(engine));
        if (summary) catalog.put(summary);
      },
    });
  }

  /** When a session was created: the stamp of its first event, as a rebuilt catalog reads it. */
  function createdAt(engine: SessionEngine): number {
    return engine.eventsAfter(0)?.[0]?.at ?? now();
  }

  /** Opens a session, or records and answers a broken chain. */
  function openOrRefuse(sessionId: string, readOnly: boolean): SessionRuntime | Extract<SwitchResult, { code: 'chain_broken' }> {
    try {
      const opened = open(sessionId, undefined, readOnly);
      broken.delete(sessionId);
      return opened;
    } catch (error) {
      if (!(error instanceof BrokenChainError)) throw error;
      broken.set(sessionId, error.problem);
      log.error('the event log is broken; the session was not opened', { ...error.problem });
      return { ok: false, code: 'chain_broken', message: error.message, sessionId, chain: error.problem };
    }
  }

  /** Refuses to leave a running session for another one; a session open read-only runs nothing. */
  function refusalToLeave(nextId: string | null): SwitchResult | null {
    const state = runtime?.engine.state().session;
    if (!runtime || runtime.readOnly || !state || state.id === nextId || state.status !== 'open') return null;
    return { ok: false, code: 'session_running', message: `The session "${state.title}" is open; end it before another one is served`, sessionId: state.id, title: state.title };
  }

  /** Puts `next` in place of the active runtime; both are whole at every step. */
  function swap(next: SessionRuntime): void {
    const previous = runtime;
    previous?.flush();
    runtime = next;
    catalog.setActive(next.sessionId);
    // Lobby sockets too: a hello they send now would be answered by the lobby.
    options.closeSockets();
    previous?.close();
    log.info('session active', { sessionId: next.sessionId });
    options.activated?.(next.engine);
  }

  /** Runs switches one after another. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  const activeId = catalog.listing().activeSessionId;
  if (activeId !== null) {
    // A broken chain at start: the hub serves the lobby, which says which event is bad and offers to open it read-only.
    try {
      const opened = openOrRefuse(activeId, options.readOnlyAtStart ?? false);
      if (!('ok' in opened)) runtime = opened;
    } catch (error) {
      // Read-only, a log whose events cannot even be read (an edit that broke an event's JSON) also leaves the hub in the lobby.
      if (!options.readOnlyAtStart) throw error;
      log.error('the session could not be opened, even read-only; the hub serves the session list', { sessionId: activeId, error: String(error) });
    }
  }
  if (runtime) options.activated?.(runtime.engine);

  return {
    catalog,
    active: () => runtime,
    listing: () => ({
      ...catalog.listing(),
      activeSessionId: runtime?.sessionId ?? null,
      ...(broken.size > 0 ? { brokenChains: [...broken.values()] } : {}),
      ...(runtime?.readOnly ? { activeReadOnly: true } : {}),
    }),
    brokenChains: () => [...broken.values()],
    create(session) {
      return serially(async () => {
        const created = session.events[0];
        if (created?.type !== 'session.created') throw new Error('A new session starts with session.created');
        const refusal = refusalToLeave(null);
        if (refusal) return refusal;
        const id = created.session.id;
        const next = open(id, session.events);
        const summary = summaryOf(next.engine.state(), createdAt(next.engine));
        if (summary) catalog.put(summary);
        try {
          if (session.documents) await seedDocuments(next.engine, options.documents, session.documents.definition, session.documents.dir, log);
        } catch (error) {
          // The session exists (it is in the catalog); only the switch to it is abandoned.
          next.close();
          throw error;
        }
        swap(next);
        return { ok: true, id };
      });
    },
    activate(sessionId, how = {}) {
      return serially(async () => {
        if (!catalog.get(sessionId)) return { ok: false, code: 'not_found', message: `No session ${sessionId} in this data folder` };
        const readOnly = how.readOnly ?? false;
        // The same session asked for read-only while it is open for work is reopened read-only.
        if (runtime?.sessionId === sessionId && (runtime.readOnly || !readOnly)) return { ok: true, id: sessionId };
        const refusal = refusalToLeave(sessionId);
        if (refusal) return refusal;
        const opened = openOrRefuse(sessionId, readOnly);
        if ('ok' in opened) return opened;
        swap(opened);
        return { ok: true, id: sessionId };
      });
    },
    close() {
      runtime?.close();
    },
  };
}
