/**
 * The reducer: folds one event into the state. The hub and every client run
 * this same function, so they cannot disagree about what an event means.
 * It never throws on an event it cannot place (an item already gone): the
 * event log is the truth and replaying it must always succeed.
 */
import type { DomainEvent, SessionState } from '../protocol';
import { assertNever } from './assertNever';
import { findPrincipal } from './findPrincipal';
import { moveItem } from './moveItem';

export function apply(state: SessionState, event: DomainEvent): SessionState {
  switch (event.type) {
    case 'session.created':
      return {
        session: event.session,
        sittings: event.sittings,
        agenda: event.agenda,
        currentItemId: null,
        seats: event.seats,
        principals: Object.fromEntries(event.principals.map((principal) => [principal.id, principal])),
      };
    case 'agenda.itemAdded': {
      const agenda = state.agenda.slice();
      agenda.splice(Math.min(event.index, agenda.length), 0, event.item);
      return { ...state, agenda };
    }
    case 'agenda.itemUpdated':
      return {
        ...state,
        agenda: state.agenda.map((item) => (item.id === event.itemId ? { ...item, ...definedFields(event.changes) } : item)),
      };
    case 'agenda.itemMoved': {
      const from = state.agenda.findIndex((item) => item.id === event.itemId);
      if (from < 0) return state;
      return { ...state, agenda: moveItem(state.agenda, from, event.toIndex) };
    }
    case 'agenda.itemRemoved':
      return {
        ...state,
        agenda: state.agenda.filter((item) => item.id !== event.itemId),
        currentItemId: state.currentItemId === event.itemId ? null : state.currentItemId,
      };
    case 'agenda.currentSet':
      return { ...state, currentItemId: event.itemId };
    case 'pairing.reissued': {
      const principal = findPrincipal(state, event.principalId);
      if (!principal) return state;
      return { ...state, principals: { ...state.principals, [principal.id]: { ...principal, generation: event.generation } } };
    }
    default:
      return assertNever(event);
  }
}

/** Drops keys whose value is undefined, so a partial change never blanks a field. */
function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
