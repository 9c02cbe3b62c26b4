import { describe, expect, it } from 'vitest';
import { RECONNECT, reconnectDelay } from '../../../../src/renderer/client/reconnectPolicy';

describe('reconnect backoff', () => {
  it('starts near the first delay and grows 1.5× per failure', () => {
    const middle = () => 0.5;
    expect(reconnectDelay(0, middle)).toBe(RECONNECT.firstDelayMs);
    expect(reconnectDelay(1, middle)).toBe(RECONNECT.firstDelayMs * 1.5);
    expect(reconnectDelay(2, middle)).toBe(RECONNECT.firstDelayMs * 2.25);
  });

  it('never waits longer than the ceiling plus jitter', () => {
    expect(reconnectDelay(50, () => 0.999)).toBeLessThanOrEqual(RECONNECT.maxDelayMs * 1.25);
  });

  it('spreads retries by ±25% so iPads do not retry in lockstep', () => {
    expect(reconnectDelay(3, () => 0)).toBeLessThan(reconnectDelay(3, () => 0.99));
  });
});
