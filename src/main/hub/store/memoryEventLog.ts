/** The event log in memory, for fast tests of code that needs a log but not a disk. */
import type { StoredEvent } from '../../../shared/protocol';
import type { EventLog, Snapshot } from './eventLog';
import { eventHash, GENESIS_HASH } from './eventHash';

interface MemoryRow {
  stored: StoredEvent;
  body: string;
  prevHash: string;
  hash: string;
}

export function createMemoryEventLog(): EventLog {
  const rows: MemoryRow[] = [];
  let snapshot: Snapshot | null = null;
  const tailHash = () => rows[rows.length - 1]?.hash ?? GENESIS_HASH;
  return {
    lastSeq: () => rows.length,
    append(events, at) {
      return events.map((event) => {
        const seq = rows.length + 1;
        const body = JSON.stringify(event);
        const prevHash = tailHash();
        const stored: StoredEvent = { seq, at, event: JSON.parse(body) as StoredEvent['event'] };
        rows.push({ stored, body, prevHash, hash: eventHash(prevHash, seq, at, body) });
        return stored;
      });
    },
    readAfter(seq) {
      return rows.slice(seq).map((row) => row.stored);
    },
    verify() {
      let prev = GENESIS_HASH;
      for (const row of rows) {
        const { seq, at } = row.stored;
        const type = row.stored.event.type;
        if (row.prevHash !== prev) return { ok: false, seq, type, kind: 'link', reason: 'previous hash does not match' };
        if (eventHash(prev, seq, at, row.body) !== row.hash) return { ok: false, seq, type, kind: 'content', reason: 'hash does not match content' };
        prev = row.hash;
      }
      return { ok: true, count: rows.length, finalHash: prev };
    },
    saveSnapshot(next) {
      snapshot = structuredClone(next);
    },
    latestSnapshot: () => (snapshot ? structuredClone(snapshot) : null),
    close() {},
  };
}
