/**
 * The hub's clock as a port: the time and one-shot timers. The hub's
 * coalescing windows take it as a parameter, so tests can drive them with
 * fake timers instead of waiting on the wall clock.
 */

/** Whatever `setTimeout` returned; only ever handed back to `clearTimeout`. */
export type TimerHandle = NonNullable<Parameters<typeof clearTimeout>[0]>;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The real clock. Each call reaches the global functions at call time, so
 * vitest's `vi.useFakeTimers()` also drives code built with it.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle),
};
