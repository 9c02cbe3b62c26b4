import type { Principal, SessionState } from '../protocol';

/**
 * The seat holder's name for a delegate, the guest's name for a guest; an empty
 * string for the other roles, which clients label by role.
 */
export function principalName(state: SessionState, principal: Principal): string {
  if (principal.role === 'guest') return state.guests.find((guest) => guest.id === principal.id)?.name ?? '';
  if (principal.seat === null) return '';
  return state.seats.find((seat) => seat.seat === principal.seat)?.name ?? '';
}
