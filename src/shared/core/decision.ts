/** The outcome of deciding a command, and the context a decision may use. */
import type { DomainEvent, ErrorCode, NamedBallot, Rejection as RejectionOf, Result, Role, Tally } from '../protocol';
import { rejection } from '../protocol';

/** What the hub knows beyond the state, for votes: the stored ballots. Presence comes from the roll, in the state. */
export interface VotingContext {
  tally(voteId: string): Tally;
  /** Open votes: each delegate's ballot. */
  named(voteId: string): NamedBallot[];
}

export interface DecideContext {
  actor: { id: string; role: Role };
  /** Milliseconds since the epoch. */
  now: number;
  /** Returns a fresh id, unique within the session. */
  newId: () => string;
  voting?: VotingContext;
}

/** The codes a decision of the core can give: a subset of the protocol's error codes. */
export type RejectionCode = Extract<
  ErrorCode,
  | 'forbidden'
  | 'not_found'
  | 'invalid'
  | 'vote_not_open'
  | 'invalid_choice'
  | 'too_many_choices'
  | 'quorum_not_met'
  | 'not_closed'
  | 'secret_by_law'
  | 'session_ended'
  | 'session_not_open'
  | 'session_not_preparing'
  | 'duplicate_seat'
  | 'unknown_seat'
  | 'seat_has_ballots'
  | 'unknown_guest'
  | 'roster_too_large'
  | 'unknown_sitting'
  | 'sitting_has_items'
  // Notices and help requests.
  | 'rate_limited'
  // Attendance.
  | 'no_sitting_in_progress'
  | 'marked_by_secretary'
  // The floor.
  | 'already_requested'
  | 'not_your_request'
  | 'no_turn'
  | 'guests_may_not_speak'
  | 'unknown_request'
  | 'bad_order'
  // Question time.
  | 'unknown_question'
  | 'not_your_question'
  | 'empty_group'
  | 'question_closed'
  // The big screen.
  | 'nothing_presented'
  // The minutes.
  | 'not_secret_ballot'
  | 'vote_in_progress'
>;
export type Rejection = RejectionOf<RejectionCode>;
export type Decision = Result<{ events: DomainEvent[] }, RejectionCode>;

export function accept(...events: DomainEvent[]): { ok: true; events: DomainEvent[] } {
  return { ok: true, events };
}

export function reject(code: RejectionCode, message: string): Rejection {
  return rejection(code, message);
}
