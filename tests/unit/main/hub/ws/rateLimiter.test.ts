import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../../src/main/hub/ws/rateLimiter';

describe('rate limiter', () => {
  it('allows a burst, then refuses until time refills the bucket', () => {
    const limiter = createRateLimiter(10, 3, 0);
    expect([limiter.take(0), limiter.take(0), limiter.take(0), limiter.take(0)]).toEqual([true, true, true, false]);
    expect(limiter.take(50)).toBe(false);
    expect(limiter.take(100)).toBe(true);
  });

  it('never stores more than the burst', () => {
    const limiter = createRateLimiter(10, 2, 0);
    const taken = [0, 0, 0].map(() => limiter.take(60_000));
    expect(taken).toEqual([true, true, false]);
  });
});
