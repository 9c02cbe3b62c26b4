/**
 * Who is seated (đương nhiệm): a seat counts until its `vacantFrom`. Guests are
 * not seats and never count. A vote records the count when it opens, so a later
 * vacancy never changes a closed vote's base.
 */
import type { Seat } from '../../protocol';

/** True when the seat's delegate is in office at `at` (ms since the epoch): no vacancy at or before it. */
export function isSeatedAt(seat: Seat, at: number): boolean {
  return seat.vacantFrom === undefined || seat.vacantFrom > at;
}

/** The seats whose delegates are in office at `at`; every seat with no vacancy when `at` is left out. */
export function seatedSeats(seats: readonly Seat[], at?: number): Seat[] {
  return seats.filter((seat) => (at === undefined ? seat.vacantFrom === undefined : isSeatedAt(seat, at)));
}

/** How many delegates are seated at `at`; with `at` left out, the seats that have no vacancy at all. */
export function seatedCount(seats: readonly Seat[], at?: number): number {
  return seatedSeats(seats, at).length;
}

/** The seat's role in the council; a seat that names none is a delegate's. */
export function seatRole(seat: Seat): NonNullable<Seat['role']> {
  return seat.role ?? 'delegate';
}
