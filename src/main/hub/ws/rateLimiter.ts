/** A token bucket: `burst` messages at once, refilled at `perSecond`. The clock is a parameter. */
export interface RateLimiter {
  /** Takes one token; false when the bucket is empty. */
  take(nowMs: number): boolean;
}

export function createRateLimiter(perSecond: number, burst: number, startMs: number): RateLimiter {
  let tokens = burst;
  let last = startMs;
  return {
    take(nowMs) {
      tokens = Math.min(burst, tokens + ((nowMs - last) / 1000) * perSecond);
      last = nowMs;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
