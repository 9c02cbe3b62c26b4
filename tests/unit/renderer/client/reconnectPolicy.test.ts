import { describe, expect, it } from 'vitest';
import { RECONNECT, reconnectCeiling, reconnectDelay } from '../../../../src/renderer/client/reconnectPolicy';

describe('reconnect backoff', () => {
  it('lets the ceiling grow 1.5× per failure from the first delay', () => {
    expect(reconnectCeiling(0)).toBe(RECONNECT.firstDelayMs);
    expect(reconnectCeiling(1)).toBe(RECONNECT.firstDelayMs * 1.5);
    expect(reconnectCeiling(2)).toBe(RECONNECT.firstDelayMs * 2.25);
  });

  it('never waits more than one second, however long the hub has been away, so a restarted hub has everyone back within 2 s', () => {
    expect(RECONNECT.maxDelayMs).toBeLessThanOrEqual(1_000);
    for (const failures of [5, 10, 50, 1_000]) expect(reconnectDelay(failures, () => 0.999_999)).toBeLessThanOrEqual(RECONNECT.maxDelayMs);
  });

  it('spreads retries over the whole range from the floor to the ceiling (full jitter), so iPads do not retry in lockstep', () => {
    expect(reconnectDelay(10, () => 0)).toBe(RECONNECT.minDelayMs);
    expect(reconnectDelay(10, () => 0.5)).toBe(Math.round((RECONNECT.minDelayMs + RECONNECT.maxDelayMs) / 2));
    expect(reconnectDelay(10, () => 0.999_999)).toBe(RECONNECT.maxDelayMs);
  });

  it('never retries sooner than the floor, so a refused connection is not a busy loop', () => {
    for (const failures of [0, 1, 20]) expect(reconnectDelay(failures, () => 0)).toBeGreaterThanOrEqual(RECONNECT.minDelayMs);
  });

  it('spreads 500 clients over the second after a restart rather than bunching them', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const delays = Array.from({ length: 500 }, () => reconnectDelay(20, random));
    const perTenth = new Array<number>(10).fill(0);
    for (const delay of delays) perTenth[Math.min(9, Math.floor(delay / 100))] = (perTenth[Math.min(9, Math.floor(delay / 100))] ?? 0) + 1;
    expect(Math.max(...perTenth)).toBeLessThan(100);
  });
});
