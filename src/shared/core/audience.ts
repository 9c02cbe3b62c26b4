/**
 * What each audience may see. Staff (secretary, chair) see everything; the
 * delegates and the big screen never receive pairing data, nor who opened
 * which document, nor a vote's tally before it is published, nor who voted what. The hub projects
 * snapshots and events through these functions before they leave it.
 *
 * A few things depend on who the delegate is (a notice to one seat, their own
 * acknowledgement): the hub passes the connection's `viewer` for those, and
 * projects per connection only the events `isPersonalEvent` names.
 */
import { assertNever } from './assertNever';
import type { DomainEvent, Role, SessionState, StoredEvent, VoteInfo } from '../protocol';
import { isNoticeEvent, noticeEventForViewer, noticesForViewer } from './notices/noticeAudience';
import type { Viewer } from './notices/noticeAudience';

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

export function projectState(state: SessionState, audience: Audience, viewer?: Viewer): SessionState {
  if (audience === 'staff') return state;
  return {
    ...state,
    principals: {},
    retiredGenerations: {},
    documents: state.documents.map((document) => ({ ...document, openedBy: [] })),
    votes: state.votes.map(publicVote),
    // Notices and help requests.
    notices: audience === 'screen' ? [] : noticesForViewer(state.notices, viewer),
    helpRequests: [],
    // The minutes: the secretary's notes and the counting boards are staff only.
    minutesNotes: {},
    countingBoards: {},
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
export function projectEvent(event: DomainEvent, audience: Audience, viewer?: Viewer): DomainEvent | null {
  if (audience === 'staff') return event;
  // Notices and help requests.
  if (isNoticeEvent(event)) return audience === 'screen' ? null : noticeEventForViewer(event, viewer);
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
    // The minutes: staff only.
    case 'minutes.noteSet':
    case 'vote.countingBoardSet':
      return null;
    default:
      return event;
  }
}

/** The events an audience may see, projected, in order. */
export function projectStoredEvents(events: readonly StoredEvent[], audience: Audience, viewer?: Viewer): StoredEvent[] {
  return events.flatMap((stored) => {
    const event = projectEvent(stored.event, audience, viewer);
    return event ? [{ ...stored, event }] : [];
  });
}
