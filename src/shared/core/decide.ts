/**
 * The decision function: given the state and a command, returns the events
 * the command produces or why it is refused. Pure: the actor, the clock and
 * new ids come in through the context.
 */
import { isCommandAllowed } from '../protocol';
import type { Command, CommandOf, SessionState } from '../protocol';
import type { DecideContext, Decision } from './decision';
import { accept, reject } from './decision';
import { cancelVote, castBallot, closeVote, createVote, enterCounts, openVote, publishVote, removeVote, setVoteLabels } from './voting/voteCommands';
import { moveDocument, openDocument, removeDocument, showPage, stopPresenting, updateDocument } from './documentCommands';
import { assertNever } from './assertNever';
import { findPrincipal } from './findPrincipal';

export type { DecideContext, Decision, Rejection, RejectionCode, VotingContext } from './decision';

/** The most agenda items a session may hold. */
export const MAX_AGENDA_ITEMS = 500;

export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision {
  if (!isCommandAllowed(ctx.actor.role, command.type)) {
    return reject('forbidden', `The ${ctx.actor.role} role may not give ${command.type}`);
  }
  if (state.session === null) return reject('invalid', 'No session is loaded');
  switch (command.type) {
    case 'agenda.add':
      return addItem(state, command, ctx);
    case 'agenda.update':
      return updateItem(state, command);
    case 'agenda.move':
      return moveItemCommand(state, command);
    case 'agenda.remove':
      return removeItem(state, command);
    case 'agenda.setCurrent':
      return setCurrent(state, command);
    case 'pairing.reissue':
      return reissuePairing(state, command);
    case 'document.update':
      return updateDocument(state, command);
    case 'document.move':
      return moveDocument(state, command);
    case 'document.remove':
      return removeDocument(state, command);
    case 'document.open':
      return openDocument(state, command, ctx);
    case 'presentation.show':
      return showPage(state, command);
    case 'presentation.stop':
      return stopPresenting(state);
    case 'vote.create':
      return createVote(state, command, ctx);
    case 'vote.remove':
      return removeVote(state, command);
    case 'vote.open':
      return openVote(state, command, ctx);
    case 'vote.cast':
      return castBallot(state, command, ctx);
    case 'vote.enterCounts':
      return enterCounts(state, command);
    case 'vote.close':
      return closeVote(state, command, ctx);
    case 'vote.publish':
      return publishVote(state, command);
    case 'vote.cancel':
      return cancelVote(state, command);
    case 'settings.setVoteLabels':
      return setVoteLabels(state, command);
    default:
      return assertNever(command);
  }
}

function hasSitting(state: SessionState, sittingId: string): boolean {
  return state.sittings.some((sitting) => sitting.id === sittingId);
}

function indexOfItem(state: SessionState, itemId: string): number {
  return state.agenda.findIndex((item) => item.id === itemId);
}

function addItem(state: SessionState, command: CommandOf<'agenda.add'>, ctx: DecideContext): Decision {
  if (!hasSitting(state, command.sittingId)) return reject('not_found', `No sitting ${command.sittingId}`);
  if (state.agenda.length >= MAX_AGENDA_ITEMS) return reject('invalid', `An agenda holds at most ${MAX_AGENDA_ITEMS} items`);
  const index = command.index ?? state.agenda.length;
  if (index > state.agenda.length) return reject('invalid', `Index ${index} is past the end of the agenda`);
  const { sittingId, title, kind, presenter, notes } = command;
  return accept({ type: 'agenda.itemAdded', item: { id: ctx.newId(), sittingId, title, kind, presenter, notes }, index });
}

function updateItem(state: SessionState, command: CommandOf<'agenda.update'>): Decision {
  const item = state.agenda[indexOfItem(state, command.itemId)];
  if (!item) return reject('not_found', `No agenda item ${command.itemId}`);
  const { changes } = command;
  if (changes.sittingId !== undefined && !hasSitting(state, changes.sittingId)) {
    return reject('not_found', `No sitting ${changes.sittingId}`);
  }
  const changed = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => value !== undefined && item[key as keyof typeof item] !== value),
  );
  if (Object.keys(changed).length === 0) return accept();
  return accept({ type: 'agenda.itemUpdated', itemId: item.id, changes: changed });
}

function moveItemCommand(state: SessionState, command: CommandOf<'agenda.move'>): Decision {
  const from = indexOfItem(state, command.itemId);
  if (from < 0) return reject('not_found', `No agenda item ${command.itemId}`);
  if (command.toIndex >= state.agenda.length) return reject('invalid', `Index ${command.toIndex} is past the end of the agenda`);
  if (command.toIndex === from) return accept();
  return accept({ type: 'agenda.itemMoved', itemId: command.itemId, toIndex: command.toIndex });
}

function removeItem(state: SessionState, command: CommandOf<'agenda.remove'>): Decision {
  if (indexOfItem(state, command.itemId) < 0) return reject('not_found', `No agenda item ${command.itemId}`);
  return accept({ type: 'agenda.itemRemoved', itemId: command.itemId });
}

function setCurrent(state: SessionState, command: CommandOf<'agenda.setCurrent'>): Decision {
  if (command.itemId !== null && indexOfItem(state, command.itemId) < 0) {
    return reject('not_found', `No agenda item ${command.itemId}`);
  }
  if (command.itemId === state.currentItemId) return accept();
  return accept({ type: 'agenda.currentSet', itemId: command.itemId });
}

function reissuePairing(state: SessionState, command: CommandOf<'pairing.reissue'>): Decision {
  const principal = findPrincipal(state, command.principalId);
  if (!principal) return reject('not_found', `No principal ${command.principalId}`);
  if (principal.role === 'secretary') return reject('invalid', 'The secretary link is not reissued from a client');
  return accept({ type: 'pairing.reissued', principalId: principal.id, generation: principal.generation + 1 });
}
