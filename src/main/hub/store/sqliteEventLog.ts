/**
 * The event log in SQLite, in WAL mode. Every commit is complete before anyone
 * hears of it, and survives the process being killed. Two durability classes
 * (docs/architecture.md, "Durability classes"):
 * - durable: every event except routine navigation. The commit returns only
 *   once the WAL is synced to the disk (synchronous FULL; F_FULLFSYNC on
 *   macOS), so a power cut cannot undo a vote, a pairing change, a setting,
 *   an agenda or document change or the session's creation.
 * - routine navigation (the current item, page turns, a delegate opening a
 *   document): commits without waiting for the disk (synchronous NORMAL), so
 *   the fan-out never waits on it; after a power cut the hub may come back a
 *   click behind. The next durable commit syncs these frames too, since a
 *   sync covers the whole WAL.
 */
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteBinding } from './sqliteBinding';
import { domainEventSchema, sessionStateSchema } from '../../../shared/protocol';
import type { DomainEvent, StoredEvent } from '../../../shared/protocol';
import type { ChainCheck, EventLog } from './eventLog';
import { eventHash, GENESIS_HASH } from './eventHash';
import { ensurePrivateFile, restrictToOwner, syncFolder } from './durableFiles';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS snapshots (
  seq INTEGER PRIMARY KEY,
  state TEXT NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
`;

interface EventRow {
  seq: number;
  at: number;
  type: string;
  body: string;
  prev_hash: string;
  hash: string;
}

/**
 * Events that only move a view along and come many a minute: the one class a
 * power cut may undo. Every other event, including any type added later, is
 * synced before its commit returns.
 */
const ROUTINE_NAVIGATION: ReadonlySet<DomainEvent['type']> = new Set<DomainEvent['type']>(['agenda.currentSet', 'presentation.shown', 'presentation.stopped', 'document.opened']);

/** Whether a commit holding this event must be on the disk before it returns. */
export function mustSurvivePowerLoss(event: DomainEvent): boolean {
  return !ROUTINE_NAVIGATION.has(event.type);
}

export interface SqliteEventLogOptions {
  readonly?: boolean;
}

export function openSqliteEventLog(file: string, options: SqliteEventLogOptions = {}): EventLog {
  if (!options.readonly) {
    // Owner-only before SQLite opens it: the -wal and -shm files then get the same mode.
    if (ensurePrivateFile(file)) syncFolder(dirname(file));
    for (const suffix of ['-wal', '-shm']) restrictToOwner(`${file}${suffix}`);
  }
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    nativeBinding: sqliteBinding(),
  });
  if (!options.readonly) {
    // macOS: a plain fsync does not reach the platter; F_FULLFSYNC does (no effect elsewhere).
    db.pragma('fullfsync = ON');
    db.pragma('checkpoint_fullfsync = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');

  const insert = options.readonly
    ? null
    : db.prepare('INSERT INTO events (seq, at, type, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)');
  const insertSnapshot = options.readonly ? null : db.prepare('INSERT OR REPLACE INTO snapshots (seq, state) VALUES (?, ?)');
  const pruneSnapshots = options.readonly ? null : db.prepare('DELETE FROM snapshots WHERE seq < ?');
  const hasSnapshots = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'").get()?.n === 1;
  const selectSnapshots = hasSnapshots ? db.prepare<[], { seq: number; state: string }>('SELECT seq, state FROM snapshots ORDER BY seq DESC LIMIT 3') : null;
  const selectLast = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1');
  const selectAfter = db.prepare<[number], EventRow>('SELECT seq, at, type, body, prev_hash, hash FROM events WHERE seq > ? ORDER BY seq');

  const last = selectLast.get();
  let lastSeq = last?.seq ?? 0;
  let lastHash = last?.hash ?? GENESIS_HASH;

  const appendInTransaction = db.transaction((events: readonly DomainEvent[], at: number) => {
    if (!insert) throw new Error('The event log is open read-only');
    let seq = lastSeq;
    let prev = lastHash;
    const stored: StoredEvent[] = [];
    for (const event of events) {
      seq += 1;
      const body = JSON.stringify(event);
      const hash = eventHash(prev, seq, at, body);
      insert.run(seq, at, event.type, body, prev, hash);
      stored.push({ seq, at, event });
      prev = hash;
    }
    return { stored, hash: prev };
  });

  return {
    lastSeq: () => lastSeq,
    append(events, at) {
      if (events.length === 0) return [];
      const fullSync = events.some(mustSurvivePowerLoss);
      if (fullSync) db.pragma('synchronous = FULL');
      let result;
      try {
        result = appendInTransaction.immediate(events, at);
      } finally {
        if (fullSync) db.pragma('synchronous = NORMAL');
      }
      const { stored, hash } = result;
      lastSeq += stored.length;
      lastHash = hash;
      return stored;
    },
    readAfter(seq) {
      return selectAfter.all(seq).map((row) => ({ seq: row.seq, at: row.at, event: domainEventSchema.parse(JSON.parse(row.body)) }));
    },
    verify(): ChainCheck {
      let prev = GENESIS_HASH;
      let expectedSeq = 1;
      let count = 0;
      for (const row of selectAfter.iterate(0)) {
        const type = row.type;
        if (row.seq !== expectedSeq) return { ok: false, seq: row.seq, type, kind: 'missing', reason: `expected seq ${expectedSeq}: an event before it is missing` };
        if (row.prev_hash !== prev) return { ok: false, seq: row.seq, type, kind: 'link', reason: 'previous hash does not match' };
        if (eventHash(prev, row.seq, row.at, row.body) !== row.hash) return { ok: false, seq: row.seq, type, kind: 'content', reason: 'hash does not match content' };
        prev = row.hash;
        expectedSeq += 1;
        count += 1;
      }
      return { ok: true, count, finalHash: prev };
    },
    saveSnapshot(snapshot) {
      if (!insertSnapshot || !pruneSnapshots) throw new Error('The event log is open read-only');
      const keep = db.transaction(() => {
        insertSnapshot.run(snapshot.seq, JSON.stringify(snapshot.state));
        // Two older ones stay, in case the newest cannot be read after an upgrade.
        const rows = selectSnapshots?.all() ?? [];
        const oldestKept = rows[rows.length - 1]?.seq;
        if (oldestKept !== undefined) pruneSnapshots.run(oldestKept);
      });
      keep();
    },
    latestSnapshot() {
      for (const row of selectSnapshots?.all() ?? []) {
        if (row.seq > lastSeq) continue;
        const parsed = sessionStateSchema.safeParse(JSON.parse(row.state));
        if (parsed.success) return { seq: row.seq, state: parsed.data };
      }
      return null;
    },
    close() {
      db.close();
    },
  };
}
