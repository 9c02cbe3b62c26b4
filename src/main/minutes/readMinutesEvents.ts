/**
 * A session's events with their chain hashes, as the minutes need them: the
 * builder stamps a document with the hash of the last event it was made from,
 * and the verifier compares that hash with the record's. The event log port
 * reads events without their hashes, so the hashes come from a second,
 * read-only query of the same file; both only read, so the hub may keep writing.
 */
import Database from 'better-sqlite3';
import type { StoredEvent } from '../../shared/protocol';
import type { ChainCheck } from '../hub/store/eventLog';
import { sqliteBinding } from '../hub/store/sqliteBinding';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';

export type HashedEvent = StoredEvent & { readonly hash: string };

export interface MinutesEvents {
  events: HashedEvent[];
  /** The chain check, when asked for (`verify --minutes`); the hub's own route trusts its log. */
  chain: ChainCheck | null;
}

export function readMinutesEvents(databaseFile: string, options: { checkChain?: boolean } = {}): MinutesEvents {
  const log = openSqliteEventLog(databaseFile, { readonly: true });
  let stored: StoredEvent[];
  let chain: ChainCheck | null = null;
  try {
    if (options.checkChain) chain = log.verify();
    stored = log.readAfter(0);
  } finally {
    log.close();
  }
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  const hashes = new Map<number, string>();
  try {
    for (const row of db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM events ORDER BY seq').iterate()) hashes.set(row.seq, row.hash);
  } finally {
    db.close();
  }
  return { events: stored.map((event) => ({ ...event, hash: hashes.get(event.seq) ?? '' })), chain };
}
