/**
 * The event log port: an append-only sequence of events, each chained to the
 * previous one by hash so that any later edit of the file is detectable.
 * Two implementations share one contract test: SQLite on disk and in memory.
 */
import type { DomainEvent, SessionState, StoredEvent } from '../../../shared/protocol';

/** The state after a given event, saved so that a start need not replay the whole log. */
export interface Snapshot {
  seq: number;
  state: SessionState;
}

/**
 * The outcome of a chain check: every event and the hash the chain ends on
 * (the genesis hash for an empty log), or the first event that does not
 * match, with its type as stored and why.
 */
export type ChainCheck = { ok: true; count: number; finalHash: string } | { ok: false; seq: number; type: string; kind: ChainProblemKind; reason: string };

/** missing: an event before this one is gone; link: its previous hash is not the one before; content: it was edited. */
export type ChainProblemKind = 'missing' | 'link' | 'content';

export interface EventLog {
  /** The seq of the last committed event; 0 for an empty log. */
  lastSeq(): number;
  /** Appends the events in one transaction and returns them once committed. */
  append(events: readonly DomainEvent[], at: number): StoredEvent[];
  /** Committed events with seq greater than `seq`, oldest first. */
  readAfter(seq: number): StoredEvent[];
  /** Recomputes every hash and checks the chain. */
  verify(): ChainCheck;
  saveSnapshot(snapshot: Snapshot): void;
  /** The newest snapshot that still reads as a valid state, or null. */
  latestSnapshot(): Snapshot | null;
  close(): void;
}
