/**
 * What each audience may see. Staff (secretary, chair) see everything; the
 * delegates and the big screen never receive pairing data, nor who opened
 * which document, nor a vote's tally before it is published, nor who voted what. The hub projects
 * snapshots and events through these functions before they leave it.
 */
import { assertNever } from './assertNever';
import type { DomainEvent, Role, SessionState, StoredEvent, VoteInfo } from '../protocol';

export const AUDIENCES = ['staff', 'delegate', 'screen'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Staff see everything; guests see what delegates see. */
export function audienceOf(role: Role): Audience {
  switch (role) {
    case 'secretary':
    case 'chair':
      return 'staff';
    case 'delegate':
    case 'guest':
      return 'delegate';
    case 'screen':
      return 'screen';
    default:
      return assertNever(role);
  }
}

export function projectState(state: SessionState, audience: Audience): SessionState {
  if (audience === 'staff') return state;
  return {
    ...state,
    principals: {},
    documents: state.documents.map((document) => ({ ...document, openedBy: [] })),
    votes: state.votes.map(publicVote),
  };
}

/** A vote as delegates and the screen see it: no tally before publication, never the named list. */
function publicVote(vote: VoteInfo): VoteInfo {
  switch (vote.status) {
    case 'open':
      return { ...vote, handsCount: null };
    case 'closed':
      return { ...vote, tally: null, named: null };
    case 'published':
      return { ...vote, named: null };
    case 'created':
    case 'cancelled':
      return vote;
    default:
      return assertNever(vote);
  }
}

/** The event as the audience may see it, or null when it must not reach them. */
export function projectEvent(event: DomainEvent, audience: Audience): DomainEvent | null {
  if (audience === 'staff') return event;
  switch (event.type) {
    case 'session.created':
      return { ...event, principals: [] };
    case 'roster.imported':
      return { ...event, principals: [] };
    case 'seat.added':
    case 'guest.added': {
      const { principal: _pairing, ...withoutPairing } = event;
      return withoutPairing;
    }
    case 'document.added':
      return { ...event, document: { ...event.document, openedBy: [] } };
    case 'vote.closed':
      return { ...event, tally: null, named: null };
    case 'pairing.reissued':
    case 'document.opened':
    case 'vote.countsEntered':
      return null;
    default:
      return event;
  }
}

/** The events an audience may see, projected, in order. */
export function projectStoredEvents(events: readonly StoredEvent[], audience: Audience): StoredEvent[] {
  return events.flatMap((stored) => {
    const event = projectEvent(stored.event, audience);
    return event ? [{ ...stored, event }] : [];
  });
}
