import type { SpeechTimer } from '../../protocol';

/** Time spoken so far on the hub's clock at `hubNow`, pauses left out; never negative. */
export function spokenMs(timer: SpeechTimer, hubNow: number): number {
  const until = timer.pausedAt ?? hubNow;
  return Math.max(0, until - timer.startedAt - timer.pausedMs);
}

/**
 * Time left on a speaker's timer at `hubNow` (the hub's clock, ms since the
 * epoch): the limit plus what the chair added, minus the time spoken.
 * Negative once the speaker runs over: −12000 is an overrun of 12 s.
 */
export function remainingMs(timer: SpeechTimer, hubNow: number): number {
  return timer.limitMs + timer.addedMs - spokenMs(timer, hubNow);
}
