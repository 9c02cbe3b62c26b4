/**
 * The agenda commands: add, update, move, remove and set the current item.
 * Each keeps the agenda grouped by sitting (see agendaOrder): an added item
 * goes to the end of its sitting, a moved item stays inside its sitting, and
 * an item given another sitting goes to the end of that sitting.
 */
import type { AgendaItem, CommandOf, DomainEvent, SessionState } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { moveItem } from '../moveItem';
import { endOfSitting, keepsSittingOrder } from './agendaOrder';

/** The most agenda items a session may hold. */
export const MAX_AGENDA_ITEMS = 500;

function hasSitting(state: SessionState, sittingId: string): boolean {
  return state.sittings.some((sitting) => sitting.id === sittingId);
}

function indexOfItem(state: SessionState, itemId: string): number {
  return state.agenda.findIndex((item) => item.id === itemId);
}

export function addItem(state: SessionState, command: CommandOf<'agenda.add'>, ctx: DecideContext): Decision {
  if (!hasSitting(state, command.sittingId)) return reject('not_found', `No sitting ${command.sittingId}`);
  if (state.agenda.length >= MAX_AGENDA_ITEMS) return reject('invalid', `An agenda holds at most ${MAX_AGENDA_ITEMS} items`);
  const { sittingId, title, kind, presenter, notes } = command;
  const item: AgendaItem = { id: ctx.newId(), sittingId, title, kind, presenter, notes };
  const index = command.index ?? endOfSitting(state.agenda, state.sittings, sittingId);
  if (index > state.agenda.length) return reject('invalid', `Index ${index} is past the end of the agenda`);
  const after = state.agenda.slice();
  after.splice(index, 0, item);
  if (!keepsSittingOrder(state.agenda, after, state.sittings)) {
    return reject('invalid', `Index ${index} is outside the items of sitting ${sittingId}`);
  }
  return accept({ type: 'agenda.itemAdded', item, index });
}

export function updateItem(state: SessionState, command: CommandOf<'agenda.update'>): Decision {
  const from = indexOfItem(state, command.itemId);
  const item = state.agenda[from];
  if (!item) return reject('not_found', `No agenda item ${command.itemId}`);
  const { changes } = command;
  if (changes.sittingId !== undefined && !hasSitting(state, changes.sittingId)) {
    return reject('not_found', `No sitting ${changes.sittingId}`);
  }
  const changed = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => value !== undefined && item[key as keyof typeof item] !== value),
  );
  if (Object.keys(changed).length === 0) return accept();
  const events: DomainEvent[] = [{ type: 'agenda.itemUpdated', itemId: item.id, changes: changed }];
  if (changes.sittingId !== undefined && changes.sittingId !== item.sittingId) {
    const others = state.agenda.filter((other) => other.id !== item.id);
    const toIndex = endOfSitting(others, state.sittings, changes.sittingId);
    if (toIndex !== from) events.push({ type: 'agenda.itemMoved', itemId: item.id, toIndex });
  }
  return accept(...events);
}

export function moveAgendaItem(state: SessionState, command: CommandOf<'agenda.move'>): Decision {
  const from = indexOfItem(state, command.itemId);
  if (from < 0) return reject('not_found', `No agenda item ${command.itemId}`);
  if (command.toIndex >= state.agenda.length) return reject('invalid', `Index ${command.toIndex} is past the end of the agenda`);
  if (command.toIndex === from) return accept();
  if (!keepsSittingOrder(state.agenda, moveItem(state.agenda, from, command.toIndex), state.sittings)) {
    return reject('invalid', `Index ${command.toIndex} is outside the sitting of item ${command.itemId}: change its sitting to move it to another`);
  }
  return accept({ type: 'agenda.itemMoved', itemId: command.itemId, toIndex: command.toIndex });
}

export function removeItem(state: SessionState, command: CommandOf<'agenda.remove'>): Decision {
  if (indexOfItem(state, command.itemId) < 0) return reject('not_found', `No agenda item ${command.itemId}`);
  return accept({ type: 'agenda.itemRemoved', itemId: command.itemId });
}

export function setCurrent(state: SessionState, command: CommandOf<'agenda.setCurrent'>): Decision {
  if (command.itemId !== null && indexOfItem(state, command.itemId) < 0) {
    return reject('not_found', `No agenda item ${command.itemId}`);
  }
  if (command.itemId === state.currentItemId) return accept();
  return accept({ type: 'agenda.currentSet', itemId: command.itemId });
}
