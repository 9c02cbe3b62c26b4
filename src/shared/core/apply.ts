/**
 * The reducer: folds one event into the state. The hub and every client run
 * this same function, so they cannot disagree about what an event means.
 * It never throws on an event it cannot place (an item already gone): the
 * event log is the truth and replaying it must always succeed.
 */
import type { DocumentInfo, DomainEvent, SessionState, VoteInfo } from '../protocol';
import {
  addedGuest,
  addedSeat,
  addedSitting,
  createdSession,
  endedSession,
  importedRoster,
  openedSession,
  removedGuest,
  removedSeat,
  removedSitting,
  updatedGuest,
  updatedSeat,
  updatedSession,
  updatedSitting,
  vacatedSeat,
} from './session/applySession';
import { acknowledgedNotice, requestedHelp, resolvedHelp, sentNotice } from './notices/applyNotices';
import { addedTime, endedSpeech, grantedSpeech, pausedTimer, reorderedQueue, requestedSpeech, resumedTimer, withdrawnSpeech } from './floor/applyFloor';
import { answeredQuestions, calledQuestionGroup, markedWrittenQuestions, registeredQuestion, withdrawnQuestion } from './questions/applyQuestions';
import { cancelledVote, closedVote, countedHands, openedVote, publishedVote } from './voting/voteTransitions';
import { attendanceConfirmed, attendanceDeviceSeen, attendanceSet } from './attendance/applyAttendance';
import { presentationShown, presentationStopped, presentationZoomed, screenModeSet, screenResultHoldSet } from './screen/applyScreen';
// Document versions.
import { documentReplaced } from './documentVersions';
import { assertNever } from './assertNever';
import { definedFields } from './definedFields';
import { findPrincipal } from './findPrincipal';
import { moveItem } from './moveItem';
import { seatPrincipalId } from './principalIds';

export function apply(state: SessionState, event: DomainEvent): SessionState {
  switch (event.type) {
    case 'session.created':
      return createdSession(event);
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
      return withoutDocuments(
        {
          ...state,
          agenda: state.agenda.filter((item) => item.id !== event.itemId),
          currentItemId: state.currentItemId === event.itemId ? null : state.currentItemId,
        },
        (document) => document.itemId === event.itemId,
      );
    case 'agenda.currentSet':
      return { ...state, currentItemId: event.itemId };
    case 'pairing.reissued': {
      const principal = findPrincipal(state, event.principalId);
      if (!principal) return state;
      return { ...state, principals: { ...state.principals, [principal.id]: { ...principal, generation: event.generation } } };
    }
    case 'document.added':
      return { ...state, documents: [...state.documents, event.document] };
    case 'document.updated':
      return {
        ...state,
        documents: state.documents.map((document) => {
          if (document.id !== event.documentId) return document;
          return { ...document, title: event.title, ...(event.supplementary === undefined ? {} : { supplementary: event.supplementary }) };
        }),
      };
    case 'document.moved':
      return { ...state, documents: moveWithinItem(state.documents, event.documentId, event.toIndex) };
    case 'document.removed':
      return withoutDocuments(state, (document) => document.id === event.documentId);
    case 'document.opened':
      return {
        ...state,
        documents: state.documents.map((document) =>
          document.id === event.documentId && !document.openedBy.includes(event.principalId)
            ? { ...document, openedBy: [...document.openedBy, event.principalId] }
            : document,
        ),
      };
    case 'presentation.shown':
      return presentationShown(state, event);
    case 'presentation.stopped':
      return presentationStopped(state);
    case 'vote.created':
      return { ...state, votes: [...state.votes, event.vote] };
    case 'vote.removed':
      return { ...state, votes: state.votes.filter((vote) => vote.id !== event.voteId) };
    case 'vote.opened':
      return updateVote(state, event.voteId, (vote) => openedVote(vote, event));
    case 'vote.countsEntered':
      return updateVote(state, event.voteId, (vote) => countedHands(vote, event));
    case 'vote.closed':
      return updateVote(state, event.voteId, (vote) => closedVote(vote, event));
    case 'vote.published':
      return updateVote(state, event.voteId, (vote) => publishedVote(vote, event));
    case 'vote.cancelled':
      return updateVote(state, event.voteId, (vote) => cancelledVote(vote, event));
    case 'settings.voteLabelsSet':
      return { ...state, voteLabels: event.labels };
    case 'session.updated':
      return updatedSession(state, event);
    case 'session.opened':
      return openedSession(state);
    case 'session.ended':
      return endedSession(state);
    case 'sitting.added':
      return addedSitting(state, event);
    case 'sitting.updated':
      return updatedSitting(state, event);
    case 'sitting.removed':
      return removedSitting(state, event);
    case 'settings.updated':
      return { ...state, settings: event.settings };
    case 'roster.imported':
      return importedRoster(state, event);
    case 'seat.added':
      return addedSeat(state, event);
    case 'seat.updated':
      return updatedSeat(state, event);
    case 'seat.removed':
      return removedSeat(state, event, seatPrincipalId(event.seat));
    case 'seat.vacated':
      return vacatedSeat(state, event, seatPrincipalId(event.seat));
    case 'guest.added':
      return addedGuest(state, event);
    case 'guest.updated':
      return updatedGuest(state, event);
    case 'guest.removed':
      return removedGuest(state, event);
    // Notices and help requests.
    case 'notice.sent':
      return sentNotice(state, event);
    case 'notice.acknowledged':
      return acknowledgedNotice(state, event);
    case 'help.requested':
      return requestedHelp(state, event);
    case 'help.resolved':
      return resolvedHelp(state, event);
    // Attendance.
    case 'attendance.set':
      return attendanceSet(state, event);
    case 'attendance.confirmed':
      return attendanceConfirmed(state, event);
    case 'attendance.deviceSeen':
      return attendanceDeviceSeen(state, event);
    // The floor.
    case 'speech.requested':
      return requestedSpeech(state, event);
    case 'speech.withdrawn':
      return withdrawnSpeech(state, event);
    case 'speech.reordered':
      return reorderedQueue(state, event);
    case 'speech.granted':
      return grantedSpeech(state, event);
    case 'speech.ended':
      return endedSpeech(state, event);
    case 'timer.paused':
      return pausedTimer(state, event);
    case 'timer.resumed':
      return resumedTimer(state, event);
    case 'timer.added':
      return addedTime(state, event);
    // Question time.
    case 'question.registered':
      return registeredQuestion(state, event);
    case 'question.withdrawn':
      return withdrawnQuestion(state, event);
    case 'question.groupCalled':
      return calledQuestionGroup(state, event);
    case 'question.answered':
      return answeredQuestions(state, event);
    case 'question.markedWritten':
      return markedWrittenQuestions(state, event);
    // The big screen.
    case 'screen.modeSet':
      return screenModeSet(state, event);
    case 'screen.resultHoldSet':
      return screenResultHoldSet(state, event);
    case 'presentation.zoomed':
      return presentationZoomed(state, event);
    // Document versions.
    case 'document.replaced':
      return documentReplaced(state, event);
    default:
      return assertNever(event);
  }
}

function updateVote(state: SessionState, voteId: string, change: (vote: VoteInfo) => VoteInfo): SessionState {
  return { ...state, votes: state.votes.map((vote) => (vote.id === voteId ? change(vote) : vote)) };
}

/** Removes the matching documents, and stops the presentation if it showed one of them. */
function withoutDocuments(state: SessionState, matches: (document: DocumentInfo) => boolean): SessionState {
  const removed = new Set(state.documents.filter(matches).map((document) => document.id));
  if (removed.size === 0) return state;
  return {
    ...state,
    documents: state.documents.filter((document) => !removed.has(document.id)),
    presentation: state.presentation && removed.has(state.presentation.documentId) ? null : state.presentation,
  };
}

/** Moves a document to `toIndex` among the documents of its own item, leaving the others where they are. */
function moveWithinItem(documents: DocumentInfo[], documentId: string, toIndex: number): DocumentInfo[] {
  const moving = documents.find((document) => document.id === documentId);
  if (!moving) return documents;
  const slots = documents.flatMap((document, index) => (document.itemId === moving.itemId ? [index] : []));
  const siblings = moveItem(
    slots.map((index) => documents[index] as DocumentInfo),
    slots.findIndex((index) => documents[index]?.id === documentId),
    toIndex,
  );
  const result = documents.slice();
  slots.forEach((slot, order) => {
    result[slot] = siblings[order] as DocumentInfo;
  });
  return result;
}
