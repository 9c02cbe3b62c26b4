import type { DomainEvent, SessionState } from '../protocol';
import { apply } from './apply';
import { initialState } from './initialState';

/** Folds a sequence of events into a state, from the initial state unless one is given. */
export function replay(events: Iterable<DomainEvent>, from: SessionState = initialState): SessionState {
  let state = from;
  for (const event of events) state = apply(state, event);
  return state;
}
