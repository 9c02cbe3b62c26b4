/** How the floor's events change the state; the same on the hub and every device. */
import type { EventOf, FloorState, SessionState, SpeechTimer, Turn } from '../../protocol';
import { moveToOrder } from './moveToOrder';

function withFloor(state: SessionState, change: (floor: FloorState) => FloorState): SessionState {
  return { ...state, floor: change(state.floor) };
}

function withTimer(state: SessionState, turnId: string, change: (timer: SpeechTimer) => SpeechTimer): SessionState {
  const turn = state.floor.turn;
  if (!turn || turn.id !== turnId) return state;
  return withFloor(state, (floor) => ({ ...floor, turn: { ...turn, timer: change(turn.timer) } }));
}

export function requestedSpeech(state: SessionState, event: EventOf<'speech.requested'>): SessionState {
  return withFloor(state, (floor) => ({ ...floor, queue: [...floor.queue, event.request] }));
}

export function withdrawnSpeech(state: SessionState, event: EventOf<'speech.withdrawn'>): SessionState {
  return withFloor(state, (floor) => ({ ...floor, queue: floor.queue.filter((request) => request.id !== event.requestId) }));
}

export function reorderedQueue(state: SessionState, event: EventOf<'speech.reordered'>): SessionState {
  return withFloor(state, (floor) => ({ ...floor, queue: moveToOrder(floor.queue, event.requestIds) }));
}

export function grantedSpeech(state: SessionState, event: EventOf<'speech.granted'>): SessionState {
  return withFloor(state, (floor) => ({
    ...floor,
    queue: floor.queue.filter((request) => request.id !== event.turn.requestId),
    turn: event.turn,
  }));
}

export function endedSpeech(state: SessionState, event: EventOf<'speech.ended'>): SessionState {
  const turn = state.floor.turn;
  if (!turn || turn.id !== event.turnId) return state;
  // A paused timer stops at its pause; the turn keeps the moment it ended.
  const ended: Turn = { ...turn, endedAt: event.at };
  return withFloor(state, (floor) => ({ ...floor, turn: null, turns: [...floor.turns, ended] }));
}

export function pausedTimer(state: SessionState, event: EventOf<'timer.paused'>): SessionState {
  return withTimer(state, event.turnId, (timer) => (timer.pausedAt === null ? { ...timer, pausedAt: event.at } : timer));
}

export function resumedTimer(state: SessionState, event: EventOf<'timer.resumed'>): SessionState {
  return withTimer(state, event.turnId, (timer) =>
    timer.pausedAt === null ? timer : { ...timer, pausedAt: null, pausedMs: timer.pausedMs + Math.max(0, event.at - timer.pausedAt) },
  );
}

export function addedTime(state: SessionState, event: EventOf<'timer.added'>): SessionState {
  return withTimer(state, event.turnId, (timer) => ({ ...timer, addedMs: timer.addedMs + event.addedMs }));
}
