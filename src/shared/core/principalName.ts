import type { Principal, SessionState } from '../protocol';

/** The seat holder's name for a delegate; an empty string for the other roles, which clients label by role. */
export function principalName(state: SessionState, principal: Principal): string {
  if (principal.seat === null) return '';
  return state.seats.find((seat) => seat.seat === principal.seat)?.name ?? '';
}
