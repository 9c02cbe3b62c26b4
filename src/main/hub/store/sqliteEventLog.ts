/**
 * The event log in SQLite, in WAL mode. Every commit is complete before anyone
 * hears of it, and survives the process being killed. Commits that a power cut
 * must not undo (votes, pairing, the session's creation) are also synced to
 * the disk before they return (synchronous FULL); routine navigation (the
 * current item, page turns, agenda edits) is not, so it never waits on the
 * disk: after a power cut the hub may come back one click behind.
 */
import Database from 'better-sqlite3';
import { domainEventSchema, sessionStateSchema } from '../../../shared/protocol';
import type { DomainEvent, StoredEvent } from '../../../shared/protocol';
import type { ChainCheck, EventLog } from './eventLog';
import { eventHash, GENESIS_HASH } from './eventHash';

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
  body: string;
  prev_hash: string;
  hash: string;
}

/** Events whose loss in a power cut would change an outcome or a right: synced to disk before the commit returns. */
export function mustSurvivePowerLoss(event: DomainEvent): boolean {
  return event.type.startsWith('vote.') || event.type.startsWith('settings.') || event.type === 'pairing.reissued' || event.type === 'session.created';
}

export interface SqliteEventLogOptions {
  readonly?: boolean;
}

export function openSqliteEventLog(file: string, options: SqliteEventLogOptions = {}): EventLog {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
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
  const selectAfter = db.prepare<[number], EventRow>('SELECT seq, at, body, prev_hash, hash FROM events WHERE seq > ? ORDER BY seq');

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
        if (row.seq !== expectedSeq) return { ok: false, seq: row.seq, reason: `expected seq ${expectedSeq}` };
        if (row.prev_hash !== prev) return { ok: false, seq: row.seq, reason: 'previous hash does not match' };
        if (eventHash(prev, row.seq, row.at, row.body) !== row.hash) return { ok: false, seq: row.seq, reason: 'hash does not match content' };
        prev = row.hash;
        expectedSeq += 1;
        count += 1;
      }
      return { ok: true, count };
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
