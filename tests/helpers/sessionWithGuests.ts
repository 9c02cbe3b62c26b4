import type { SessionDefinition } from '../../src/shared/core';
import { sessionWithSeats } from './sessionWithSeats';

/** A session of `seats` delegates and `guests` guests (numbered 1…guests), for tests and benchmarks with guests' iPads. */
export function sessionWithGuests(seats: number, guests: number): SessionDefinition {
  return {
    ...sessionWithSeats(seats),
    title: `Kỳ họp thử nghiệm với ${seats} đại biểu và ${guests} khách mời`,
    guests: Array.from({ length: guests }, (_, index) => ({ number: index + 1, name: `Khách mời số ${index + 1}`, office: 'Sở, ngành được mời', role: 'guest' as const })),
  };
}
