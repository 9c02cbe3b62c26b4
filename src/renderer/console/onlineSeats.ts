import { seatPrincipalId } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';

/** How many seated delegates have a live connection now. */
export function countOnlineSeats(state: SessionState, online: readonly string[]): number {
  const live = new Set(online);
  return state.seats.filter((seat) => live.has(seatPrincipalId(seat.seat))).length;
}
