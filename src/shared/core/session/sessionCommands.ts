/**
 * Decisions about the session itself: its info, its lifecycle (open, end),
 * its sittings and its settings. Which status allows which command is checked
 * before these run (see lifecycle.ts).
 */
import type { CommandOf, SessionInfo, SessionState, Sitting } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { changedFields, definedFields } from '../definedFields';
import { seatedCount } from './seatedCount';

/** The most sittings a session may hold. */
export const MAX_SITTINGS = 60;

function hasFields(changes: object): boolean {
  return Object.keys(changes).length > 0;
}

function datesInOrder(session: Pick<SessionInfo, 'startDate' | 'endDate'>): boolean {
  return session.startDate === null || session.endDate === null || session.startDate <= session.endDate;
}

export function updateSession(session: SessionInfo, command: CommandOf<'session.update'>): Decision {
  const changes = changedFields(session, command.changes);
  if (!hasFields(changes)) return accept();
  if (!datesInOrder({ ...session, ...changes })) return reject('invalid', 'The session cannot end before it starts');
  return accept({ type: 'session.updated', changes });
}

export function openSession(state: SessionState, ctx: DecideContext): Decision {
  if (seatedCount(state.seats, ctx.now) === 0) return reject('invalid', 'A session opens with at least one seated delegate on the roster');
  return accept({ type: 'session.opened', at: ctx.now });
}

export function endSession(state: SessionState, ctx: DecideContext): Decision {
  const open = state.votes.find((vote) => vote.status === 'open');
  if (open) return reject('invalid', `Close the open vote first: ${open.title}`);
  return accept({ type: 'session.ended', at: ctx.now });
}

function findSitting(state: SessionState, sittingId: string): Sitting | undefined {
  return state.sittings.find((sitting) => sitting.id === sittingId);
}

export function addSitting(state: SessionState, command: CommandOf<'sitting.add'>, ctx: DecideContext): Decision {
  if (state.sittings.length >= MAX_SITTINGS) return reject('invalid', `A session holds at most ${MAX_SITTINGS} sittings`);
  const { title, date, period } = command;
  return accept({ type: 'sitting.added', sitting: { id: ctx.newId(), title, date, period } });
}

export function updateSitting(state: SessionState, command: CommandOf<'sitting.update'>): Decision {
  const sitting = findSitting(state, command.sittingId);
  if (!sitting) return reject('unknown_sitting', `No sitting ${command.sittingId}`);
  const changes = changedFields(sitting, command.changes);
  if (!hasFields(changes)) return accept();
  return accept({ type: 'sitting.updated', sittingId: sitting.id, changes });
}

export function removeSitting(state: SessionState, command: CommandOf<'sitting.remove'>): Decision {
  const sitting = findSitting(state, command.sittingId);
  if (!sitting) return reject('unknown_sitting', `No sitting ${command.sittingId}`);
  const items = state.agenda.filter((item) => item.sittingId === sitting.id).length;
  if (items > 0) return reject('sitting_has_items', `The sitting still has ${items} agenda items`);
  if (state.sittings.length === 1) return reject('invalid', 'A session keeps at least one sitting');
  return accept({ type: 'sitting.removed', sittingId: sitting.id });
}

export function updateSettings(state: SessionState, command: CommandOf<'settings.update'>): Decision {
  const settings = { ...state.settings, ...definedFields(command.changes) };
  if (JSON.stringify(settings) === JSON.stringify(state.settings)) return accept();
  return accept({ type: 'settings.updated', settings });
}
