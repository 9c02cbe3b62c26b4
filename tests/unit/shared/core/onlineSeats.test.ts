import { describe, expect, it } from 'vitest';
import { countOnlineSeats, seatPrincipalId } from '../../../../src/shared/core';
import { sessionState } from './fixtures';

describe('countOnlineSeats', () => {
  const { seats } = sessionState();

  it('counts each seated delegate whose device is online', () => {
    expect(countOnlineSeats(seats, [seatPrincipalId(1), seatPrincipalId(2)])).toBe(2);
    expect(countOnlineSeats(seats, [seatPrincipalId(2)])).toBe(1);
  });

  it('ignores staff, screens, unknown seats and duplicate ids', () => {
    expect(countOnlineSeats(seats, ['secretary', 'screen', seatPrincipalId(99), seatPrincipalId(1), seatPrincipalId(1)])).toBe(1);
  });

  it('is zero when nobody is online', () => {
    expect(countOnlineSeats(seats, [])).toBe(0);
  });
});
