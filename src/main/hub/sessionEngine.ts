/**
 * The session engine: the one place where commands become committed events.
 * decide → append (one SQLite transaction) → apply → tell listeners. Listeners
 * hear of events only after the commit, so nothing unstored ever leaves the hub.
 */
import { randomBytes } from 'node:crypto';
import { apply, createSessionEvents, decide, importDocument, initialState, replay } from '../../shared/core';
import type { DecideContext, DocumentImport, ImportRefusalCode, RejectionCode, SessionDefinition, VotingContext } from '../../shared/core';
import type { Command, DomainEvent, Principal, Result, SessionState, StoredEvent } from '../../shared/protocol';
import { LIMITS } from '../../shared/protocol';
import { buildTokenDirectory } from './auth/tokens';
import type { TokenDirectory } from './auth/tokens';
import type { EventLog } from './store/eventLog';
import type { StorageErrorCode, StorageFailure } from './store/storageFailure';

/** A command refused by the core, by the disk (nothing was stored), or by a session open read-only. */
type EngineRefusalCode = RejectionCode | StorageErrorCode | 'read_only';

export type ExecuteResult = Result<{ seq: number; events: StoredEvent[] }, EngineRefusalCode>;
export type ImportResult = Result<{ documentId: string; seq: number }, ImportRefusalCode | StorageErrorCode>;

export interface SessionEngine {
  /** True for a session open read-only: every command and the hub's own events are refused with `read_only`, nothing is written. */
  readonly readOnly: boolean;
  state(): SessionState;
  seq(): number;
  tokens(): TokenDirectory;
  execute(actor: Principal, command: Command): ExecuteResult;
  /** Decides a command without committing it: would it be accepted now? */
  check(actor: Principal, command: Command): Result<object, RejectionCode>;
  /** Attaches a stored, checked PDF to an agenda item (see `importDocument` in the core). */
  importDocument(actor: Principal, input: DocumentImport): ImportResult;
  /** The disk failure an error stands for (full, read-only, other I/O), or null when it is none. */
  storageFailure(error: unknown): StorageFailure | null;
  /** Events after `seq` for a resuming client, or null when a snapshot serves better. */
  eventsAfter(seq: number): StoredEvent[] | null;
  /** Creates the session from a definition when the log is still empty; true when it did. */
  seedIfEmpty(definition: SessionDefinition): boolean;
  /** Commits a session's creation events (made beforehand, so their ids are known) when the log is still empty; true when it did. */
  createIfEmpty(events: readonly DomainEvent[]): boolean;
  onCommit(listener: (events: StoredEvent[]) => void): void;
  /**
   * Commits the events the hub decides for itself (not a client's command), in one
   * transaction; `decideEvents` sees the current state and the hub's clock. Null when it decided none.
   */
  executeOwn(decideEvents: (state: SessionState, now: number) => DomainEvent[]): ExecuteResult | null;
}

export interface SessionEngineOptions {
  log: EventLog;
  key: Buffer;
  /** Presence and stored ballots, for decisions about votes. */
  voting?: () => VotingContext;
  now?: () => number;
  newId?: () => string;
  /** Tells disk failures (full, read-only) from other errors; without it every error is thrown. */
  storageFailure?: (error: unknown) => StorageFailure | null;
  /** Opens the session read-only: no command, no snapshot, nothing written (a broken chain, a restored archive). */
  readOnly?: boolean;
}

const READ_ONLY_REFUSAL = { ok: false, code: 'read_only', message: 'This session is open read-only: nothing in it can change' } as const;

/** Events between snapshots: a start replays at most this many. */
export const SNAPSHOT_EVERY = 1000;

/** A short random id: 72 bits, URL-safe. */
export function randomId(): string {
  return randomBytes(9).toString('base64url');
}

export function createSessionEngine(options: SessionEngineOptions): SessionEngine {
  const { log, key } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  const listeners: Array<(events: StoredEvent[]) => void> = [];

  // Start from the newest snapshot and replay only what came after it.
  const snapshot = log.latestSnapshot();
  let state = replay(
    log.readAfter(snapshot?.seq ?? 0).map((stored) => stored.event),
    snapshot?.state ?? initialState,
  );
  let snapshotSeq = snapshot?.seq ?? 0;
  // A long replay happens once: its end becomes the next start's snapshot.
  const readOnly = options.readOnly ?? false;
  if (!readOnly && log.lastSeq() - snapshotSeq >= SNAPSHOT_EVERY) {
    snapshotSeq = log.lastSeq();
    log.saveSnapshot({ seq: snapshotSeq, state });
  }
  let tokens = buildTokenDirectory(key, state);
  /** The newest events, kept in memory so a reconnect storm does not hit the disk. */
  const recent = log.readAfter(Math.max(0, log.lastSeq() - LIMITS.maxReplayEvents));

  const storageFailure = (error: unknown) => options.storageFailure?.(error) ?? null;

  /** Commits, or answers a disk failure (nothing was stored, the state is unchanged). */
  function tryCommit(events: Parameters<EventLog['append']>[0]): Result<{ stored: StoredEvent[] }, StorageErrorCode> {
    try {
      return { ok: true, stored: commit(events) };
    } catch (error) {
      const failure = storageFailure(error);
      if (!failure) throw error;
      return { ok: false, ...failure };
    }
  }

  function context(actor: Principal): DecideContext {
    return { actor, now: now(), newId, ...(options.voting ? { voting: options.voting() } : {}) };
  }

  function commit(events: Parameters<EventLog['append']>[0]): StoredEvent[] {
    const stored = log.append(events, now());
    const principals = state.principals;
    for (const { event } of stored) state = apply(state, event);
    // A creation, a reissue, a roster change, a vacated seat or a guest added or removed: new links.
    if (state.principals !== principals) tokens = buildTokenDirectory(key, state);
    recent.push(...stored);
    if (recent.length > LIMITS.maxReplayEvents) recent.splice(0, recent.length - LIMITS.maxReplayEvents);
    if (log.lastSeq() - snapshotSeq >= SNAPSHOT_EVERY) {
      // A snapshot only speeds up the next start: the events are committed, so a failure here is retried later.
      try {
        log.saveSnapshot({ seq: log.lastSeq(), state });
        snapshotSeq = log.lastSeq();
      } catch (error) {
        if (!storageFailure(error)) throw error;
      }
    }
    for (const listener of listeners) listener(stored);
    return stored;
  }

  return {
    readOnly,
    state: () => state,
    seq: () => log.lastSeq(),
    tokens: () => tokens,
    execute(actor, command) {
      if (readOnly) return READ_ONLY_REFUSAL;
      const decision = decide(state, command, context(actor));
      if (!decision.ok) return decision;
      const committed = tryCommit(decision.events);
      if (!committed.ok) return committed;
      return { ok: true, seq: log.lastSeq(), events: committed.stored };
    },
    check(actor, command) {
      const decision = decide(state, command, context(actor));
      return decision.ok ? { ok: true } : decision;
    },
    importDocument(actor, input) {
      // The upload route's codes have no `read_only`: a read-only session forbids the import.
      if (readOnly) return { ok: false, code: 'forbidden', message: READ_ONLY_REFUSAL.message };
      const decision = importDocument(state, input, { actor, now: now(), newId });
      if (!decision.ok) return decision;
      const committed = tryCommit(decision.events);
      if (!committed.ok) return committed;
      return { ok: true, documentId: decision.documentId, seq: log.lastSeq() };
    },
    eventsAfter(seq) {
      const latest = log.lastSeq();
      if (latest - seq > LIMITS.maxReplayEvents) return null;
      const first = recent[0];
      if (first && first.seq <= seq + 1) return recent.filter((stored) => stored.seq > seq);
      return log.readAfter(seq);
    },
    seedIfEmpty(definition) {
      if (readOnly || log.lastSeq() !== 0) return false;
      commit(createSessionEvents(definition, newId));
      return true;
    },
    createIfEmpty(events) {
      if (readOnly || log.lastSeq() !== 0) return false;
      commit(events);
      return true;
    },
    storageFailure,
    onCommit(listener) {
      listeners.push(listener);
    },
    executeOwn(decideEvents) {
      if (readOnly) return null;
      const events = decideEvents(state, now());
      if (events.length === 0) return null;
      const committed = tryCommit(events);
      if (!committed.ok) return committed;
      return { ok: true, seq: log.lastSeq(), events: committed.stored };
    },
  };
}
