/**
 * Decisions about the floor: requests to speak, the chair's order, turns and
 * their timers. Roles are checked before these run (COMMAND_ROLES); these
 * check who the actor is, what the queue holds and whether a turn runs.
 */
import type { CommandOf, SessionState, Turn } from '../../protocol';
import { MAX_QUEUE_LENGTH } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { principalName } from '../principalName';
import { spokenMs } from './remainingMs';
import { speechLimitMs } from './speechLimit';

function needsOpenSession(state: SessionState): Decision | null {
  return state.session?.status === 'open' ? null : reject('session_not_open', 'The floor is given only while the session is open');
}

export function requestSpeech(state: SessionState, command: CommandOf<'speech.request'>, ctx: DecideContext): Decision {
  const closed = needsOpenSession(state);
  if (closed) return closed;
  if (ctx.actor.role === 'guest' && !(command.kind === 'answer' && state.settings.guestsMayAnswer)) {
    return reject('guests_may_not_speak', 'A guest may request the floor only to answer, when the settings allow it');
  }
  const principal = findPrincipal(state, ctx.actor.id);
  if (state.floor.queue.some((request) => request.principalId === ctx.actor.id)) {
    return reject('already_requested', 'This speaker is already in the queue; withdraw the request first');
  }
  if (state.floor.queue.length >= MAX_QUEUE_LENGTH) return reject('invalid', `The queue holds at most ${MAX_QUEUE_LENGTH} requests`);
  return accept({
    type: 'speech.requested',
    request: {
      id: ctx.newId(),
      principalId: ctx.actor.id,
      seat: principal?.role === 'delegate' ? principal.seat : null,
      kind: command.kind,
      itemId: state.currentItemId,
      requestedAt: ctx.now,
      questionId: null,
    },
  });
}

export function withdrawSpeech(state: SessionState, command: CommandOf<'speech.withdraw'>, ctx: DecideContext): Decision {
  const request = state.floor.queue.find((candidate) => candidate.id === command.requestId);
  if (!request) return reject('unknown_request', `No request ${command.requestId} in the queue`);
  if (request.principalId !== ctx.actor.id) return reject('not_your_request', 'Only the requester may withdraw a request');
  return accept({ type: 'speech.withdrawn', requestId: request.id, at: ctx.now });
}

export function reorderQueue(state: SessionState, command: CommandOf<'speech.reorder'>): Decision {
  const queued = new Set(state.floor.queue.map((request) => request.id));
  const named = new Set(command.requestIds);
  const exact = named.size === command.requestIds.length && named.size === queued.size && command.requestIds.every((id) => queued.has(id));
  if (!exact) return reject('bad_order', 'A new order must list every request in the queue exactly once, and nothing else');
  return accept({ type: 'speech.reordered', requestIds: command.requestIds });
}

/** Ends the running turn, if any, before another starts. */
function endRunningTurn(state: SessionState, ctx: DecideContext) {
  const turn = state.floor.turn;
  return turn ? [{ type: 'speech.ended' as const, turnId: turn.id, at: ctx.now, spokenMs: spokenMs(turn.timer, ctx.now) }] : [];
}

function newTurn(state: SessionState, ctx: DecideContext, fields: Pick<Turn, 'principalId' | 'name' | 'seat' | 'kind' | 'requestId' | 'questionId'>): Turn {
  return {
    id: ctx.newId(),
    ...fields,
    itemId: state.currentItemId,
    timer: { startedAt: ctx.now, limitMs: speechLimitMs(state.settings, fields.kind), addedMs: 0, pausedAt: null, pausedMs: 0 },
    endedAt: null,
  };
}

export function grantSpeech(state: SessionState, command: CommandOf<'speech.grant'>, ctx: DecideContext): Decision {
  const closed = needsOpenSession(state);
  if (closed) return closed;
  const request = state.floor.queue.find((candidate) => candidate.id === command.requestId);
  if (!request) return reject('unknown_request', `No request ${command.requestId} in the queue`);
  const principal = findPrincipal(state, request.principalId);
  const turn = newTurn(state, ctx, {
    principalId: request.principalId,
    name: principal ? principalName(state, principal) : '',
    seat: request.seat,
    kind: request.kind,
    requestId: request.id,
    questionId: request.questionId,
  });
  return accept(...endRunningTurn(state, ctx), { type: 'speech.granted', turn });
}

export function grantSpeechTo(state: SessionState, command: CommandOf<'speech.grantTo'>, ctx: DecideContext): Decision {
  const closed = needsOpenSession(state);
  if (closed) return closed;
  const principal = command.principalId === undefined ? null : findPrincipal(state, command.principalId);
  if (principal === undefined) return reject('not_found', `No principal ${command.principalId ?? ''}`);
  const turn = newTurn(state, ctx, {
    principalId: principal?.id ?? null,
    name: command.name,
    seat: principal?.role === 'delegate' ? principal.seat : null,
    kind: command.kind,
    requestId: null,
    questionId: command.questionId ?? null,
  });
  return accept(...endRunningTurn(state, ctx), { type: 'speech.granted', turn });
}

export function endSpeech(state: SessionState, ctx: DecideContext): Decision {
  const ended = endRunningTurn(state, ctx);
  if (ended.length === 0) return reject('no_turn', 'Nobody has the floor');
  return accept(...ended);
}

export function pauseTimer(state: SessionState, ctx: DecideContext): Decision {
  const turn = state.floor.turn;
  if (!turn) return reject('no_turn', 'Nobody has the floor');
  if (turn.timer.pausedAt !== null) return accept();
  return accept({ type: 'timer.paused', turnId: turn.id, at: ctx.now });
}

export function resumeTimer(state: SessionState, ctx: DecideContext): Decision {
  const turn = state.floor.turn;
  if (!turn) return reject('no_turn', 'Nobody has the floor');
  if (turn.timer.pausedAt === null) return accept();
  return accept({ type: 'timer.resumed', turnId: turn.id, at: ctx.now });
}

export function addTime(state: SessionState, command: CommandOf<'timer.add'>, ctx: DecideContext): Decision {
  const turn = state.floor.turn;
  if (!turn) return reject('no_turn', 'Nobody has the floor');
  return accept({ type: 'timer.added', turnId: turn.id, addedMs: command.seconds * 1000, at: ctx.now });
}
