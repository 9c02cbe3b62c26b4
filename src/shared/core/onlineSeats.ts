import type { SessionState } from '../protocol';
import { seatPrincipalId } from './principalIds';

/** How many seated delegates have a connected device, given the ids of the principals online. */
export function countOnlineSeats(seats: SessionState['seats'], onlinePrincipalIds: Iterable<string>): number {
  const online = new Set(onlinePrincipalIds);
  return seats.filter((seat) => online.has(seatPrincipalId(seat.seat))).length;
}
