/**
 * Backoff for reconnecting on a hall LAN: starts short, grows 1.5× per failure
 * up to a ceiling of one second, with full jitter. A hub restart is the usual
 * cause of a drop; a low ceiling brings every client back within about a second
 * of the hub answering again, and full jitter (a uniform delay between a small
 * floor and the ceiling) spreads a hall of iPads over that second instead of
 * letting them retry in lockstep.
 */
export const RECONNECT = {
  firstDelayMs: 250,
  factor: 1.5,
  maxDelayMs: 1_000,
  /** No retry sooner than this, so a refused connection cannot turn into a busy loop. */
  minDelayMs: 50,
  /** A connection silent for this long is treated as dead (an iPad that slept). */
  silenceLimitMs: 25_000,
  pingEveryMs: 10_000,
} as const;

/** The ceiling of the wait before attempt `failures + 1`: exponential, capped. */
export function reconnectCeiling(failures: number): number {
  return Math.min(RECONNECT.maxDelayMs, RECONNECT.firstDelayMs * RECONNECT.factor ** failures);
}

/** The delay before attempt `failures + 1` (full jitter); `random` returns a number in [0, 1). */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = reconnectCeiling(failures);
  return Math.round(RECONNECT.minDelayMs + random() * (ceiling - RECONNECT.minDelayMs));
}
