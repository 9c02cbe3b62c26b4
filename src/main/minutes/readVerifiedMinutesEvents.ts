/**
 * The events minutes are made from, only from a record whose hash chain
 * verifies: a document made from an edited log would carry the stamp of a
 * record it does not match. A broken chain is refused as `chain_broken`,
 * naming the first bad event.
 */
import type { MinutesSourceEvent } from './buildMinutes';
import { MinutesError } from './minutesError';
import { readCheckedRecord } from './verify/readCheckedRecord';

export function readVerifiedMinutesEvents(databaseFile: string): MinutesSourceEvent[] {
  const { chain, events } = readCheckedRecord(databaseFile);
  if (!chain.ok) {
    throw new MinutesError(
      'chain_broken',
      `The event log is broken at seq ${chain.seq} (${chain.type}): ${chain.reason}. No minutes are made from a record that does not verify; run npm run chamber -- verify.`,
    );
  }
  return events;
}
