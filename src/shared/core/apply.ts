/**
 * The reducer: folds one event into the state. The hub and every client run
 * this same function, so they cannot disagree about what an event means.
 * It never throws on an event it cannot place (an item already gone): the
 * event log is the truth and replaying it must always succeed.
 */
import type { DocumentInfo, DomainEvent, SessionState, VoteInfo } from '../protocol';
import { DEFAULT_VOTE_LABELS } from './voting/voteLayout';
import { cancelledVote, closedVote, countedHands, openedVote, publishedVote } from './voting/voteTransitions';
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
        documents: [],
        presentation: null,
        votes: [],
        voteLabels: DEFAULT_VOTE_LABELS,
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
      return { ...state, documents: state.documents.map((document) => (document.id === event.documentId ? { ...document, title: event.title } : document)) };
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
      return { ...state, presentation: event.presentation };
    case 'presentation.stopped':
      return { ...state, presentation: null };
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

/** Drops keys whose value is undefined, so a partial change never blanks a field. */
function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
