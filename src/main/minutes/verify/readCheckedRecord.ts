/**
 * A session's record for `verify --minutes`: its hash chain checked first (a
 * record that was edited cannot vouch for a file), then its events with their hashes.
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
  const log = openSqliteEventLog(databaseFile, { readonly: true });
  let chain: ChainCheck;
  try {
    chain = log.verify();
  } finally {
    log.close();
  }
  return { chain, events: readMinutesEvents(databaseFile) };
}
