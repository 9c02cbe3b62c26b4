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
import { lifecycleRefusal } from './session/lifecycle';
import { addGuest, addSeat, importRoster, removeGuest, removeSeat, updateGuest, updateSeat, vacateSeat } from './session/rosterCommands';
import { acknowledgeNotice, requestHelp, resolveHelp, sendNotice } from './notices/noticeCommands';
import { confirmAttendance, setAttendance } from './attendance/attendanceCommands';
import { addTime, endSpeech, grantSpeech, grantSpeechTo, pauseTimer, reorderQueue, requestSpeech, resumeTimer, withdrawSpeech } from './floor/floorCommands';
import { callQuestionGroup, markQuestionsAnswered, markQuestionsWritten, registerQuestion, withdrawQuestion } from './questions/questionCommands';
import { withRebuttalFirst } from './questions/rebuttalFirst';
import { setResultHold, setScreenMode, zoomPresentation } from './screen/screenCommands';
import { setCountingBoard, setMinutesNote } from './minutes/minutesCommands';
import { addSitting, endSession, openSession, removeSitting, updateSession, updateSettings, updateSitting } from './session/sessionCommands';

export type { DecideContext, Decision, Rejection, RejectionCode, VotingContext } from './decision';

export { MAX_AGENDA_ITEMS } from './agenda/agendaCommands';

export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision {
  if (!isCommandAllowed(ctx.actor.role, command.type)) {
    return reject('forbidden', `The ${ctx.actor.role} role may not give ${command.type}`);
  }
  const { session } = state;
  if (session === null) return reject('invalid', 'No session is loaded');
  const refusal = lifecycleRefusal(session.status, command.type);
  if (refusal) return refusal;
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
      return publishVote(state, command, ctx.now);
    case 'vote.cancel':
      return cancelVote(state, command);
    case 'settings.setVoteLabels':
      return setVoteLabels(state, command);
    case 'session.update':
      return updateSession(session, command);
    case 'session.open':
      return openSession(state, ctx);
    case 'session.end':
      return endSession(state, ctx);
    case 'sitting.add':
      return addSitting(state, command, ctx);
    case 'sitting.update':
      return updateSitting(state, command);
    case 'sitting.remove':
      return removeSitting(state, command);
    case 'settings.update':
      return updateSettings(state, command);
    case 'roster.import':
      return importRoster(state, command);
    case 'seat.add':
      return addSeat(state, command);
    case 'seat.update':
      return updateSeat(state, command);
    case 'seat.remove':
      return removeSeat(state, command);
    case 'seat.vacate':
      return vacateSeat(state, command);
    case 'guest.add':
      return addGuest(state, command);
    case 'guest.update':
      return updateGuest(state, command);
    case 'guest.remove':
      return removeGuest(state, command);
    // Notices and help requests.
    case 'notice.send':
      return sendNotice(state, command, ctx);
    case 'notice.acknowledge':
      return acknowledgeNotice(state, command, ctx);
    case 'help.request':
      return requestHelp(state, command, ctx);
    case 'help.resolve':
      return resolveHelp(state, command, ctx);
    // Attendance.
    case 'attendance.set':
      return setAttendance(state, command, ctx);
    case 'attendance.confirm':
      return confirmAttendance(state, ctx);
    // The floor.
    case 'speech.request':
      return withRebuttalFirst(state, requestSpeech(state, command, ctx));
    case 'speech.withdraw':
      return withdrawSpeech(state, command, ctx);
    case 'speech.reorder':
      return reorderQueue(state, command);
    case 'speech.grant':
      return grantSpeech(state, command, ctx);
    case 'speech.grantTo':
      return grantSpeechTo(state, command, ctx);
    case 'speech.end':
      return endSpeech(state, ctx);
    case 'timer.pause':
      return pauseTimer(state, ctx);
    case 'timer.resume':
      return resumeTimer(state, ctx);
    case 'timer.add':
      return addTime(state, command, ctx);
    // Question time.
    case 'question.register':
      return registerQuestion(state, command, ctx);
    case 'question.withdraw':
      return withdrawQuestion(state, command, ctx);
    case 'question.callGroup':
      return callQuestionGroup(state, command, ctx);
    case 'question.markAnswered':
      return markQuestionsAnswered(state, command, ctx);
    case 'question.markWritten':
      return markQuestionsWritten(state, command, ctx);
    // The big screen.
    case 'screen.setMode':
      return setScreenMode(state, command, ctx);
    case 'screen.setResultHold':
      return setResultHold(state, command);
    case 'presentation.zoom':
      return zoomPresentation(state, command, ctx);
    // The minutes.
    case 'minutes.noteSet':
      return setMinutesNote(state, command);
    case 'vote.countingBoardSet':
      return setCountingBoard(state, command);
    default:
      return assertNever(command);
  }
}

function reissuePairing(state: SessionState, command: CommandOf<'pairing.reissue'>): Decision {
  const principal = findPrincipal(state, command.principalId);
  if (!principal) return reject('not_found', `No principal ${command.principalId}`);
  if (principal.role === 'secretary') return reject('invalid', 'The secretary link is not reissued from a client');
  const seat = principal.seat === null ? undefined : state.seats.find((candidate) => candidate.seat === principal.seat);
  if (seat?.vacantFrom !== undefined) return reject('invalid', `Seat ${seat.seat} is vacant: its link stays revoked`);
  return accept({ type: 'pairing.reissued', principalId: principal.id, generation: principal.generation + 1 });
}
