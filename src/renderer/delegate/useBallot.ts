/**
 * Runs one vote's ballot machine against the hub: sends a confirmed ballot,
 * resends it unchanged when the link is back or the answer was lost, feeds in
 * what the hub says (acks, refusals, "you have voted", the close) and the
 * iPad's own clock, and keeps in sessionStorage only what `ballotMemory` allows.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Selection } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useSessionView } from '../ui/useSessionView';
import { initialBallot, nextBallot, unknownClosedBallot } from './ballotMachine';
import type { BallotEvent, BallotState } from './ballotMachine';
import { keepBallot, newBallotId, recallBallot } from './ballotMemory';

/** A pause before a resend while the link looks up, so a half-closed socket cannot spin. */
const RESEND_PAUSE_MS = 400;

export interface BallotVote {
  id: string;
  secret: boolean;
  /** Still open on the hub. */
  open: boolean;
  /** The time ran out on this iPad's clock. */
  timeUp: boolean;
}

export interface BallotControls {
  ballot: BallotState;
  choose(selections: Selection[]): void;
  chooseAgain(): void;
  send(): void;
}

export function useBallot(connection: SessionConnection, vote: BallotVote, seat: number): BallotControls {
  const status = useSessionView(connection.store, (view) => view.status);
  const heldByHub = useSessionView(connection.store, (view) => view.ballotStatus[vote.id] === true);
  const [ballot, dispatch] = useReducer(
    (state: BallotState, event: BallotEvent) => nextBallot(state, event, { secret: vote.secret }),
    vote.id,
    (voteId) => recallBallot(voteId) ?? (vote.open ? initialBallot : unknownClosedBallot),
  );

  useEffect(() => keepBallot(vote.id, ballot, { secret: vote.secret, voteOpen: vote.open }), [vote.id, vote.secret, vote.open, ballot]);

  useEffect(() => {
    if (heldByHub) dispatch({ type: 'heldByHub' });
  }, [heldByHub]);

  useEffect(() => {
    if (vote.timeUp) dispatch({ type: 'timeUp' });
    else if (vote.open) dispatch({ type: 'timeResumed' });
  }, [vote.timeUp, vote.open]);

  useEffect(() => {
    if (!vote.open) dispatch({ type: 'voteClosed' });
  }, [vote.open]);

  // One send per attempt: an attempt starts when `waiting` turns false, and the
  // next can only start after this one's answer (or its loss) came back, so an
  // answer is never dropped, even one that arrives after the vote closed.
  const attempt = ballot.phase === 'sending' && !ballot.waiting ? { ballotId: ballot.ballotId, selections: ballot.selections } : null;
  const attemptRef = useRef(attempt);
  attemptRef.current = attempt;
  const attempting = attempt !== null;
  useEffect(() => {
    const sent = attemptRef.current;
    if (!attempting || !sent) return;
    void connection.sendCommand({ type: 'vote.cast', voteId: vote.id, seat, ballotId: sent.ballotId, selections: sent.selections }).then((outcome) => {
      if (outcome.ok) {
        const { receipt, duplicate, selections } = outcome;
        dispatch({ type: 'acked', ack: { ...(receipt === undefined ? {} : { receipt }), ...(duplicate === undefined ? {} : { duplicate }), ...(selections === undefined ? {} : { selections }) } });
      } else if (outcome.code === 'offline' || outcome.code === 'timeout') dispatch({ type: 'answerLost' });
      else dispatch({ type: 'refused', code: outcome.code });
    });
  }, [connection, vote.id, seat, attempting]);

  // A ballot whose answer was lost goes out again, unchanged, once the link is up.
  const waiting = ballot.phase === 'sending' && ballot.waiting;
  useEffect(() => {
    if (!waiting || status !== 'online') return;
    const timer = setTimeout(() => dispatch({ type: 'resend' }), RESEND_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [waiting, status]);

  const choose = useCallback((selections: Selection[]) => dispatch({ type: 'choose', selections }), []);
  const chooseAgain = useCallback(() => dispatch({ type: 'chooseAgain' }), []);
  const send = useCallback(() => dispatch({ type: 'send', ballotId: newBallotId() }), []);
  return { ballot, choose, chooseAgain, send };
}
