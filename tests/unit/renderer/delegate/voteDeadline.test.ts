/** When the ballot closes on the iPad: durationSeconds after openedAt, on the hub's clock. */
import { describe, expect, it } from 'vitest';
import { secondsLeftBefore, voteDeadline } from '../../../../src/renderer/delegate/voteDeadline';

describe('vote deadline', () => {
  it('falls durationSeconds after the hub’s openedAt', () => {
    expect(voteDeadline({ openedAt: 1_000_000, durationSeconds: 60 })).toBe(1_060_000);
  });

  it('moves to this device’s clock by the hub’s clock offset', () => {
    // The hub's clock is 5 s ahead of the iPad's: the deadline comes 5 s earlier on the iPad's clock.
    expect(voteDeadline({ openedAt: 1_000_000, durationSeconds: 60 }, 5_000)).toBe(1_055_000);
  });

  it('is absent for a vote without a time limit or not opened', () => {
    expect(voteDeadline({ openedAt: 1_000_000, durationSeconds: null })).toBeNull();
    expect(voteDeadline({ openedAt: null, durationSeconds: 60 })).toBeNull();
  });

  it('counts whole seconds up, and reaches zero only at the deadline itself', () => {
    expect(secondsLeftBefore(10_000, 0)).toBe(10);
    expect(secondsLeftBefore(10_000, 9_001)).toBe(1);
    expect(secondsLeftBefore(10_000, 10_000)).toBe(0);
    expect(secondsLeftBefore(10_000, 12_000)).toBe(0);
  });
});
