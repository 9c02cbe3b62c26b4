/**
 * What a speaker's timer shows for a time left: a countdown "m:ss", a warning
 * in the last 30 seconds, then the overrun counted up as "+m:ss". Pure, so
 * every device (console, iPad, big screen) shows the same text for the same time.
 */

/** The last stretch of a turn shown as a warning. */
export const SPEECH_WARNING_MS = 30_000;

export type TimerPhase = 'running' | 'warning' | 'overrun';

export interface TimerDisplay {
  phase: TimerPhase;
  /** "6:59", "0:05", or "+0:12" for an overrun of 12 s. */
  text: string;
}

function minutesAndSeconds(totalSeconds: number): string {
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/**
 * The display for `remainingMs` (negative: the overrun). The countdown rounds up,
 * so it shows "1:00" for the whole first second and reaches "0:00" only at the
 * limit; the overrun rounds down, so "+0:01" shows a full second over.
 */
export function timerDisplay(remainingMs: number): TimerDisplay {
  if (remainingMs > 0) {
    return { phase: remainingMs <= SPEECH_WARNING_MS ? 'warning' : 'running', text: minutesAndSeconds(Math.ceil(remainingMs / 1000)) };
  }
  return { phase: 'overrun', text: `+${minutesAndSeconds(Math.floor(-remainingMs / 1000))}` };
}
