/**
 * Everything the hub holds for the one session it serves: the event log and
 * the ballot store in the session's folder, the engine, the live facts, the
 * staff updates, the page-turn window, the ballot box, the client registry and
 * the commit listener. The HTTP and WebSocket servers outlive it: switching
 * sessions flushes and closes one runtime and opens another.
 */
import { join } from 'node:path';
import type { DomainEvent, PairingLink, StoredEvent } from '../../shared/protocol';
import type { PairingSetup } from './auth/pairingSetup';
import { pairingLinksMessage } from './auth/pairingSetup';
import type { Clock } from './clock';
import { BALLOTS_FILE, DATABASE_FILE, ensureSessionFolder, sessionFolder } from './dataFolder';
import { BrokenChainError } from '../record/brokenChain';
import { createAttendanceMarker } from './attendanceMarker';
import { createLiveFacts } from './liveFacts';
import type { Logger } from './logger';
import { createPageTurnCoalescer } from './pageTurnCoalescer';
import { createSessionEngine } from './sessionEngine';
import type { SessionEngine } from './sessionEngine';
import { createStaffUpdates } from './staffUpdates';
import { storageFailureOf } from './store/storageFailure';
import type { StorageHealth } from './store/storageHealth';
import { openSqliteEventLog } from './store/sqliteEventLog';
import { createBallotBox } from './voting/ballotBox';
import { openBallotStore } from './voting/ballotStore';
import { cancelledSecretVotes, discardCancelledCounts } from './voting/cancelledVotes';
import { ClientRegistry } from './ws/clientRegistry';
import type { ConnectionContext } from './ws/connectionContext';
import { fanOutEvents, serialize } from './ws/fanOut';
import { revokeOutdatedLinks } from './ws/revokeReplacedLinks';

export interface SessionRuntimeOptions {
  dataDir: string;
  sessionId: string;
  key: Buffer;
  storage: StorageHealth;
  log: Logger;
  clock?: Clock;
  /** The creation events of a new session, committed when its log is still empty. */
  creation?: readonly DomainEvent[];
  /** Every principal's current link, built on the hub's public address. */
  pairingLinks(engine: SessionEngine): PairingLink[];
  pairingSetup(): PairingSetup | null;
  /** Told after each commit, so the catalog can follow the session's title, status and roster. */
  committed?(engine: SessionEngine, events: readonly StoredEvent[]): void;
  helloTimeoutMs?: number;
  /** The session's clock (event times, the welcome's and pongs' hub time); the system clock unless a test moves it. */
  now?: () => number;
  /**
   * Opens the session read-only: both databases as they are, every command refused
   * with `read_only`, nothing written. Without it a broken hash chain refuses the open.
   */
  readOnly?: boolean;
}

export interface SessionRuntime {
  readonly sessionId: string;
  /** True when the session is open read-only. */
  readonly readOnly: boolean;
  readonly engine: SessionEngine;
  readonly registry: ClientRegistry;
  /** What each WebSocket connection of this session is handed. */
  readonly connection: Omit<ConnectionContext, 'helloAccepted'>;
  pairingLinks(): PairingLink[];
  /** Commits the page turn and the ballots still waiting. */
  flush(): void;
  /** Flushes, stops the timers and closes both databases. The sockets are the hub's to close. */
  close(): void;
}

export function openSessionRuntime(options: SessionRuntimeOptions): SessionRuntime {
  const { dataDir, sessionId, log, storage } = options;
  const readOnly = options.readOnly ?? false;
  // A read-only session is looked at as it is: its folder and files are not touched.
  const folder = readOnly ? sessionFolder(dataDir, sessionId) : ensureSessionFolder(dataDir, sessionId);
  const eventLog = openSqliteEventLog(join(folder, DATABASE_FILE), { readonly: readOnly });
  // The whole chain is checked before the session serves anyone: an edited or deleted event refuses the open.
  const chain = eventLog.verify();
  if (!chain.ok) {
    const problem = { sessionId, seq: chain.seq, type: chain.type, kind: chain.kind, reason: chain.reason };
    if (!readOnly) {
      eventLog.close();
      throw new BrokenChainError(problem);
    }
    log.warn('the event log is broken; the session is open read-only', problem);
  }
  let ballotStore;
  try {
    ballotStore = openBallotStore(join(folder, BALLOTS_FILE), { readonly: readOnly });
  } catch (error) {
    eventLog.close();
    throw error;
  }
  const store = ballotStore;
  const registry = new ClientRegistry();
  let engine: SessionEngine;
  try {
    engine = createEngine();
  } catch (error) {
    eventLog.close();
    store.close();
    if (readOnly) throw new Error(`The log of session ${sessionId} cannot be read, even read-only: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    throw error;
  }
  function createEngine(): SessionEngine {
    return createSessionEngine({
      readOnly,
      log: eventLog,
      key: options.key,
      ...(options.now ? { now: options.now } : {}),
      storageFailure: (error) => storage.failed(storageFailureOf(error, dataDir)),
      voting: () => ({
        tally: (voteId) => {
          const vote = engine.state().votes.find((candidate) => candidate.id === voteId);
          if (!vote) throw new Error(`No vote ${voteId}`);
          return store.tally(vote);
        },
        named: (voteId) => store.named(voteId),
      }),
    });
  }
  try {
    if (options.creation && !engine.createIfEmpty(options.creation)) log.warn('a session folder already held a session; it was kept', { sessionId });
    const actualId = engine.state().session?.id;
    if (actualId !== sessionId) throw new Error(`The folder of session ${sessionId} holds ${actualId === undefined ? 'no session' : `session ${actualId}`}`);
  } catch (error) {
    // A creation the disk refused, or a folder holding something else: nothing stays open.
    eventLog.close();
    store.close();
    throw error;
  }

  const facts = createLiveFacts(engine, registry, store);
  const pageTurns = createPageTurnCoalescer(engine, { clock: options.clock });
  const staff = createStaffUpdates(registry, facts.forStaff, { clock: options.clock });
  let closed = false;
  const staffChanged = () => {
    if (!closed) staff.changed();
  };
  const ballots = createBallotBox(engine, store, () => {
    storage.wrote();
    staffChanged();
  });
  const links = () => options.pairingLinks(engine);
  const attendance = createAttendanceMarker({
    engine,
    connectedSeats: () => registry.withRole('delegate').flatMap((client) => (client.principal.seat === null ? [] : [client.principal.seat])),
    log,
    ...(options.clock ? { clock: options.clock } : {}),
  });

  // Counts of cancelled secret votes leave the ballot file: at each cancel, and at start for a
  // cancel that a crash caught before its counts were gone.
  if (!readOnly) store.discardSecretCounts(cancelledSecretVotes(engine.state().votes));
  let principals = engine.state().principals;
  engine.onCommit((events) => {
    storage.wrote();
    fanOutEvents(registry, events);
    const cancelled = events.flatMap(({ event }) => (event.type === 'vote.cancelled' ? [event.voteId] : []));
    if (cancelled.length > 0) discardCancelledCounts(store, cancelled, log);
    if (events.some(({ event }) => event.type.startsWith('vote.'))) staffChanged();
    // A reissue, a vacated seat or a removed guest ends the old links at once.
    if (engine.state().principals !== principals) {
      principals = engine.state().principals;
      revokeOutdatedLinks(registry, engine.state(), () => serialize(pairingLinksMessage(links(), options.pairingSetup())));
    }
    if (!closed) attendance.committed();
    options.committed?.(engine, events);
  });

  const flush = () => {
    pageTurns.flush();
    ballots.flush();
    attendance.flush();
  };

  return {
    sessionId,
    readOnly,
    engine,
    registry,
    connection: {
      engine,
      registry,
      staffChanged,
      staffMessages: facts.forStaff,
      ballotStatus: facts.forDelegate,
      ballots,
      pairingLinks: links,
      pairingSetup: options.pairingSetup,
      pageTurns,
      log,
      retired: () => closed,
      deviceConnected: (principal) => {
        if (!closed) attendance.deviceConnected(principal);
      },
      ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
      ...(options.now ? { now: options.now } : {}),
    },
    pairingLinks: links,
    flush,
    close() {
      if (closed) return;
      flush();
      closed = true;
      staff.stop();
      attendance.stop();
      eventLog.close();
      store.close();
    },
  };
}
