/**
 * One delegate's ballot for one vote, as a small pure state machine:
 *
 *   idle → chosen → sending → recorded | refused | closed
 *
 * The iPad shows as cast only what the hub acknowledged. Once "Gửi" is pressed
 * the ballot is locked: while it is in flight (even across a dropped
 * connection or a reload) it can only be resent unchanged, with the same
 * ballot id and the same selections, until the hub answers. When the time runs
 * out or the vote closes, nothing more can be chosen or confirmed, and a ballot
 * still in flight ends in its real outcome (acknowledged, refused, or not
 * confirmed before the close), never in "sending" forever.
 */
import type { ErrorCode, Selection } from '../../shared/protocol';

export type BallotState =
  /**
   * Nothing confirmed yet: the delegate is choosing, from `draft` (what they
   * picked before going back, or what the hub refused), with the refusal if any.
   */
  | { phase: 'idle'; draft: Selection[]; refusal: ErrorCode | null }
  /** The delegate picked; the confirm step is showing. */
  | { phase: 'chosen'; selections: Selection[] }
  /**
   * Sent and locked until the hub answers; `waiting` while the link is down or
   * the answer was lost; `hubHolds` once the hub said it holds a ballot of this seat;
   * `voteOver` once the vote closed with the answer still out: the same ballot is asked
   * about again, and the hub answers a stored ballot with its receipt even after the close.
   */
  | { phase: 'sending'; ballotId: string; selections: Selection[]; waiting: boolean; hubHolds: boolean; voteOver?: boolean }
  /**
   * The hub holds this seat's ballot. `selections` only for open votes, and
   * only what the hub confirmed; a secret vote's choice is never kept.
   */
  | { phase: 'recorded'; receipt: string | null; selections: Selection[] | null }
  /**
   * The vote closed (or its time ran out) without a ballot of this seat that
   * the hub confirmed: either nothing was sent, or a ballot was sent but the
   * vote ended before the hub confirmed it (a late answer still counts).
   */
  | { phase: 'closed'; outcome: 'not_voted' }
  | { phase: 'closed'; outcome: 'unconfirmed'; selections: Selection[] }
  /** First seen already closed, with nothing kept: this iPad cannot tell (the hub may hold a ballot). */
  | { phase: 'closed'; outcome: 'unknown' };

export interface HubAck {
  receipt?: string;
  duplicate?: boolean;
  /** On a duplicate of an open vote's ballot: the choice the hub stored first. */
  selections?: Selection[];
}

export type BallotEvent =
  | { type: 'choose'; selections: Selection[] }
  | { type: 'chooseAgain' }
  | { type: 'send'; ballotId: string }
  /** The answer did not come (offline, timed out): the same ballot goes out again later. */
  | { type: 'answerLost' }
  /** The same ballot goes out again (the link is back). */
  | { type: 'resend' }
  | { type: 'acked'; ack: HubAck }
  | { type: 'refused'; code: ErrorCode }
  /** The hub says it holds a ballot of this seat for the vote (after a reconnect). */
  | { type: 'heldByHub' }
  /** The vote's time ran out on this iPad's clock; the hub may still be finishing. */
  | { type: 'timeUp' }
  /**
   * The deadline moved later while the vote is still open: the hub's clock
   * offset became known after a reload, and this iPad's clock was fast.
   */
  | { type: 'timeResumed' }
  /** The hub closed the vote (or cancelled it). */
  | { type: 'voteClosed' };

export interface BallotContext {
  /** Secret votes: nothing of the choice is kept once the hub has it. */
  secret: boolean;
}

type SendingBallot = Extract<BallotState, { phase: 'sending' }>;

export const initialBallot: BallotState = { phase: 'idle', draft: [], refusal: null };

/** Where a ballot starts when the iPad first sees the vote already over and kept nothing of it. */
export const unknownClosedBallot: BallotState = { phase: 'closed', outcome: 'unknown' };

/** The hub holds a ballot of this seat, but this iPad has no receipt or choice for it. */
const HELD_WITHOUT_DETAIL: BallotState = { phase: 'recorded', receipt: null, selections: null };

/** The next state; events that do not apply to the current state change nothing. */
export function nextBallot(state: BallotState, event: BallotEvent, context: BallotContext): BallotState {
  switch (event.type) {
    case 'choose':
      return state.phase === 'idle' ? { phase: 'chosen', selections: event.selections } : state;
    case 'chooseAgain':
      return state.phase === 'chosen' ? { phase: 'idle', draft: state.selections, refusal: null } : state;
    case 'send':
      return state.phase === 'chosen' ? { phase: 'sending', ballotId: event.ballotId, selections: state.selections, waiting: false, hubHolds: false } : state;
    case 'answerLost':
      return state.phase === 'sending' ? { ...state, waiting: true } : state;
    case 'resend':
      return state.phase === 'sending' ? { ...state, waiting: false } : state;
    case 'acked':
      // A late answer to a ballot the vote's end overtook is still the hub's word.
      if (state.phase === 'sending' || (state.phase === 'closed' && state.outcome === 'unconfirmed')) return recorded(state.selections, event.ack, context);
      return state;
    case 'refused':
      return state.phase === 'sending' ? refused(state, event.code, context) : state;
    case 'heldByHub':
      // A ballot in flight waits for its own answer, which carries the receipt.
      if (state.phase === 'sending') return { ...state, hubHolds: true };
      return state.phase === 'recorded' ? state : HELD_WITHOUT_DETAIL;
    case 'timeUp':
      // In flight: the hub has the last word (it allows a few seconds of grace).
      return state.phase === 'idle' || state.phase === 'chosen' ? { phase: 'closed', outcome: 'not_voted' } : state;
    case 'timeResumed':
      return state.phase === 'closed' && state.outcome === 'not_voted' ? initialBallot : state;
    case 'voteClosed':
      if (state.phase === 'idle' || state.phase === 'chosen') return { phase: 'closed', outcome: 'not_voted' };
      // The hub still answers a retry of a ballot it stored, after the close: ask it, do not guess.
      if (state.phase === 'sending') return state.hubHolds ? HELD_WITHOUT_DETAIL : { ...state, voteOver: true };
      return state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function recorded(sent: Selection[], ack: HubAck, context: BallotContext): BallotState {
  const receipt = ack.receipt ?? null;
  if (context.secret) return { phase: 'recorded', receipt, selections: null };
  // A duplicate means the hub kept an earlier ballot: show its choice, never ours.
  if (ack.duplicate === true) return { phase: 'recorded', receipt, selections: ack.selections ?? null };
  return { phase: 'recorded', receipt, selections: sent };
}

function refused(sending: SendingBallot, code: ErrorCode, context: BallotContext): BallotState {
  // The hub already holds a ballot of this seat (from before a lost answer, or another device).
  if (code === 'already_voted') return HELD_WITHOUT_DETAIL;
  // The time ran out or the vote closed before the hub confirmed this ballot.
  if (code === 'vote_not_open') return sending.hubHolds ? HELD_WITHOUT_DETAIL : unconfirmed(sending, context);
  // Any other refusal recorded nothing: the delegate may choose again.
  return { phase: 'idle', draft: sending.selections, refusal: code };
}

/** Sent, never confirmed, and the vote is over; a secret vote's choice is dropped at once. */
function unconfirmed(sending: SendingBallot, context: BallotContext): BallotState {
  return { phase: 'closed', outcome: 'unconfirmed', selections: context.secret ? [] : sending.selections };
}

/** True while nothing can be chosen or confirmed any more on this iPad. */
export function ballotIsFinal(state: BallotState): boolean {
  return state.phase === 'recorded' || state.phase === 'closed';
}
