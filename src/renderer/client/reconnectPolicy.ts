/**
 * Backoff for reconnecting: starts short, grows 1.5× per failure up to a
 * ceiling, with jitter so a hall of iPads does not retry in lockstep.
 */
export const RECONNECT = {
  firstDelayMs: 500,
  factor: 1.5,
  maxDelayMs: 8_000,
  /** A connection silent for this long is treated as dead (an iPad that slept). */
  silenceLimitMs: 25_000,
  pingEveryMs: 10_000,
} as const;

/** The delay before attempt `failures + 1`; `random` returns a number in [0, 1). */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(RECONNECT.maxDelayMs, RECONNECT.firstDelayMs * RECONNECT.factor ** failures);
  return Math.round(base * (0.75 + random() * 0.5));
}
