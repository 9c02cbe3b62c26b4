import type { SessionState } from '../protocol';
import { seatPrincipalId } from './principalIds';
import { seatedSeats } from './session/seatedCount';

/**
 * How many seated delegates have a connected device, given the ids of the principals online.
 * A vacant seat never counts (at `at`, or with no vacancy at all when `at` is left out); guests are not seats.
 */
export function countOnlineSeats(seats: SessionState['seats'], onlinePrincipalIds: Iterable<string>, at?: number): number {
  const online = new Set(onlinePrincipalIds);
  return seatedSeats(seats, at).filter((seat) => online.has(seatPrincipalId(seat.seat))).length;
}
