import { describe, expect, it } from 'vitest';
import { countOnlineGuests } from '../../../../src/renderer/console/onlineGuests';
import { countOnlineSeats } from '../../../../src/shared/core';
import type { Guest, Seat } from '../../../../src/shared/protocol';

const seats: Seat[] = [1, 2, 3].map((seat) => ({ seat, name: `Đại biểu ${seat}`, office: '' }));
const guests: Guest[] = [1, 2].map((number) => ({ id: `guest-${number}`, number, name: `Khách mời ${number}`, office: '', role: 'guest' }));

describe('who is counted online', () => {
  it('counts connected guests apart, and never among the delegates online', () => {
    const online = ['secretary', 'seat-1', 'guest-1', 'guest-2'];
    expect(countOnlineGuests(guests, online)).toBe(2);
    expect(countOnlineSeats(seats, online)).toBe(1);
  });

  it('counts a guest once however many devices report it, and none for an unknown id', () => {
    expect(countOnlineGuests(guests, ['guest-1', 'guest-1', 'guest-9'])).toBe(1);
  });
});
