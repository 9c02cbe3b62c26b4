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
import { addItem, moveAgendaItem, removeItem, setCurrent, updateItem } from './agenda/agendaCommands';

export type { DecideContext, Decision, Rejection, RejectionCode, VotingContext } from './decision';

export { MAX_AGENDA_ITEMS } from './agenda/agendaCommands';

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
      return moveAgendaItem(state, command);
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
    case 'session.update':
    case 'session.open':
    case 'session.end':
    case 'sitting.add':
    case 'sitting.update':
    case 'sitting.remove':
    case 'settings.update':
    case 'roster.import':
    case 'seat.add':
    case 'seat.update':
    case 'seat.remove':
    case 'seat.vacate':
    case 'guest.add':
    case 'guest.update':
    case 'guest.remove':
      return reject('invalid', `${command.type} is not decided yet`);
    default:
      return assertNever(command);
  }
}

function reissuePairing(state: SessionState, command: CommandOf<'pairing.reissue'>): Decision {
  const principal = findPrincipal(state, command.principalId);
  if (!principal) return reject('not_found', `No principal ${command.principalId}`);
  if (principal.role === 'secretary') return reject('invalid', 'The secretary link is not reissued from a client');
  return accept({ type: 'pairing.reissued', principalId: principal.id, generation: principal.generation + 1 });
}
