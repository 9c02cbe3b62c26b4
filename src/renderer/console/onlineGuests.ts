import type { Guest } from '../../shared/protocol';

/**
 * How many guests have a connected device, given the ids of the principals online.
 * Shown apart: guests never count among the delegates online, present or seated.
 */
export function countOnlineGuests(guests: readonly Guest[], onlinePrincipalIds: Iterable<string>): number {
  const online = new Set(onlinePrincipalIds);
  return guests.filter((guest) => online.has(guest.id)).length;
}
