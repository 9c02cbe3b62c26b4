/**
 * The bounds of the minutes worker. One job at a time (a long session's PDF takes
 * a second or two of a core; two at once would only share the same cores with the
 * hall), a few waiting, the rest refused as busy; a job past its time is stopped.
 */
export const MINUTES_WORKER_LIMITS = {
  /** Jobs waiting for the worker beyond the one it runs; one more is refused (`busy`). */
  maxWaiting: 4,
  /** Wall-clock time for one job, from the worker's start to its answer; then the worker is terminated. */
  timeoutMs: 120_000,
  /** The worker's V8 heap (`resourceLimits.maxOldGenerationSizeMb`). */
  maxOldGenerationSizeMb: 1024,
  /** A worker that answered waits this long for another job before it ends. */
  idleWorkerMs: 60_000,
} as const;

export type MinutesWorkerLimits = { readonly [K in keyof typeof MINUTES_WORKER_LIMITS]: number };
