/**
 * When an open vote's time runs out, on this iPad's clock: `durationSeconds`
 * after `openedAt` (the hub's time), corrected by the hub's clock offset
 * (`hubClockOffset.ts`) once the client has one, so an iPad whose clock is
 * wrong still closes the ballot at the hub's deadline. The ballot closes on
 * the iPad at that moment; the hub itself still accepts a ballot sent just
 * before it for a few seconds of grace.
 */
import { useEffect, useState } from 'react';
import type { VoteInfo } from '../../shared/protocol';

/** The timing of a vote: `openedAt` is null until it opens. */
export interface TimedVote {
  openedAt: number | null;
  durationSeconds: number | null;
}

/** The timing of any vote, whatever its status. */
export function timingOf(vote: VoteInfo): TimedVote {
  return { openedAt: vote.status === 'created' ? null : vote.openedAt, durationSeconds: vote.durationSeconds };
}

/** The deadline in this device's clock (ms since the epoch); null when the vote has no limit. */
export function voteDeadline(vote: TimedVote, hubClockOffsetMs = 0): number | null {
  if (vote.openedAt === null || vote.durationSeconds === null) return null;
  return vote.openedAt + vote.durationSeconds * 1000 - hubClockOffsetMs;
}

/** Whole seconds left before the deadline, never below zero. */
export function secondsLeftBefore(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

export interface VoteClock {
  /** Null when the vote has no time limit. */
  secondsLeft: number | null;
  timeUp: boolean;
}

/** Ticks each second for the countdown, and turns `timeUp` at the deadline itself, not at the next tick. */
export function useVoteClock(timing: TimedVote, hubClockOffsetMs = 0): VoteClock {
  const deadline = voteDeadline(timing, hubClockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  const over = deadline !== null && now >= deadline;
  useEffect(() => {
    if (deadline === null || over) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const end = setTimeout(() => setNow(Date.now()), Math.max(0, deadline - Date.now()));
    return () => {
      clearInterval(tick);
      clearTimeout(end);
    };
  }, [deadline, over]);
  if (deadline === null) return { secondsLeft: null, timeUp: false };
  return { secondsLeft: secondsLeftBefore(deadline, now), timeUp: over };
}
