/** The state of a session as its event log holds it: the newest snapshot, then the events after it. */
import { initialState, replay } from '../../../shared/core';
import type { SessionState } from '../../../shared/protocol';
import type { EventLog } from './eventLog';

export function readSessionState(log: EventLog): SessionState {
  const snapshot = log.latestSnapshot();
  return replay(
    log.readAfter(snapshot?.seq ?? 0).map((stored) => stored.event),
    snapshot?.state ?? initialState,
  );
}
