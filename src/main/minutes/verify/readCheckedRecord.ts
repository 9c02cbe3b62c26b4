/**
 * A session's record for `verify --minutes` and for the minutes: its events with
 * their hashes, read first (a document is made from the log as it was when it was
 * asked for), then its hash chain checked (a record that was edited cannot vouch for
 * a file). The log only grows, so the chain checked covers the events read.
 */
import type { ChainCheck } from '../../hub/store/eventLog';
import { openSqliteEventLog } from '../../hub/store/sqliteEventLog';
import type { MinutesSourceEvent } from '../buildMinutes';
import { readMinutesEvents } from '../readMinutesEvents';

export interface CheckedRecord {
  events: MinutesSourceEvent[];
  chain: ChainCheck;
}

export function readCheckedRecord(databaseFile: string): CheckedRecord {
  const events = readMinutesEvents(databaseFile);
  const log = openSqliteEventLog(databaseFile, { readonly: true });
  let chain: ChainCheck;
  try {
    chain = log.verify();
  } finally {
    log.close();
  }
  return { chain, events };
}
