/**
 * Which session the hub serves. One at a time: activating another one flushes
 * the active runtime (the page turn and ballots still waiting are committed),
 * closes every socket with `sessionChanged` (clients reconnect and get the new
 * session's snapshot), closes the old databases and opens the new ones. A
 * session that is open (running) cannot be left: the switch is refused with
 * `session_running`. Switches run one after another, never interleaved.
 */
import type { SessionDefinition } from '../../../shared/core';
import type { DomainEvent, PairingLink, SessionCatalogListing } from '../../../shared/protocol';
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
  | { ok: false; code: 'not_found'; message: string };

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
  listing(): SessionCatalogListing;
  /** Creates a session in its own folder and makes it the active one. */
  create(session: NewSession): Promise<SwitchResult>;
  activate(sessionId: string): Promise<SwitchResult>;
  /** Flushes and closes the active runtime (the hub is stopping). */
  close(): void;
}

export function createSessionSwitch(options: SessionSwitchOptions): SessionSwitch {
  const { dataDir, log } = options;
  const now = options.now ?? Date.now;
  const catalog = openSessionCatalog(dataDir, log);
  let runtime: SessionRuntime | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function open(sessionId: string, creation?: readonly DomainEvent[]): SessionRuntime {
    return openSessionRuntime({
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

  /** Refuses to leave a running session for another one. */
  function refusalToLeave(nextId: string | null): SwitchResult | null {
    const state = runtime?.engine.state().session;
    if (!runtime || !state || state.id === nextId || state.status !== 'open') return null;
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
  if (activeId !== null) runtime = open(activeId);
  if (runtime) options.activated?.(runtime.engine);

  return {
    catalog,
    active: () => runtime,
    listing: () => catalog.listing(),
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
    activate(sessionId) {
      return serially(async () => {
        if (!catalog.get(sessionId)) return { ok: false, code: 'not_found', message: `No session ${sessionId} in this data folder` };
        if (runtime?.sessionId === sessionId) return { ok: true, id: sessionId };
        const refusal = refusalToLeave(sessionId);
        if (refusal) return refusal;
        swap(open(sessionId));
        return { ok: true, id: sessionId };
      });
    },
    close() {
      runtime?.close();
    },
  };
}
