import { describe, expect, it } from 'vitest';
import { minutesSince, nextDropTimes } from '../../../../../src/renderer/console/roll/connectionDrops';

describe('the console’s drop times', () => {
  it('records the moment an id leaves the online list, keeps it while it stays away, and forgets it when it comes back', () => {
    const dropped = nextDropTimes({}, ['seat-1', 'seat-2'], ['seat-2'], 1_000);
    expect(dropped).toEqual({ 'seat-1': 1_000 });
    const later = nextDropTimes(dropped, ['seat-2'], [], 5_000);
    expect(later).toEqual({ 'seat-1': 1_000, 'seat-2': 5_000 });
    expect(nextDropTimes(later, [], ['seat-1'], 9_000)).toEqual({ 'seat-2': 5_000 });
  });

  it('has no drop time for an id this console never saw online', () => {
    expect(nextDropTimes({}, [], [], 1_000)).toEqual({});
  });

  it('counts whole minutes since the drop', () => {
    expect(minutesSince(0, 59_999)).toBe(0);
    expect(minutesSince(0, 12 * 60_000 + 5)).toBe(12);
  });
});
