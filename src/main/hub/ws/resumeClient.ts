/**
 * The answer to an accepted hello: `welcome`, then what the client missed,
 * the events since its `lastSeq` projected for its audience, or a snapshot
 * when those are too old, when the client has no state (or more than the hub),
 * or when its state belongs to another session (its `lastSeq` counts another log).
 */
import { principalName, projectState, projectStoredEvents } from '../../../shared/core';
import type { Audience } from '../../../shared/core';
import type { Principal } from '../../../shared/protocol';
import { PROTOCOL_VERSION } from '../../../shared/protocol';
import type { SessionEngine } from '../sessionEngine';
import type { ConnectionReplies } from './connectionContext';

/** `hubTime` is the hub's clock now: devices time a vote's deadline on it from the welcome on. */
export function resumeClient(
  engine: SessionEngine,
  replies: ConnectionReplies,
  principal: Principal,
  lastSeq: number,
  audience: Audience,
  hubTime: number,
  clientSessionId?: string,
): void {
  const state = engine.state();
  const seq = engine.seq();
  replies.send({
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    sessionId: state.session?.id ?? null,
    principal: { id: principal.id, role: principal.role, seat: principal.seat, name: principalName(state, principal) },
    seq,
    hubTime,
    ...(engine.readOnly ? { readOnly: true as const } : {}),
  });
  const sameSession = clientSessionId === undefined || clientSessionId === state.session?.id;
  if (sameSession && lastSeq > seq) replies.replyError('seq_ahead', `lastSeq ${lastSeq} is ahead of the hub's ${seq}; sending a snapshot`);
  const missed = sameSession && lastSeq > 0 && lastSeq <= seq ? engine.eventsAfter(lastSeq) : null;
  if (missed === null) {
    replies.send({ type: 'snapshot', seq, state: projectState(state, audience, principal) });
    return;
  }
  replies.send({ type: 'events', events: projectStoredEvents(missed, audience, principal) });
}
