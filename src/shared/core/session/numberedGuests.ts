import type { Guest, GuestRow } from '../../protocol';
import { guestPrincipalId } from '../principalIds';

/**
 * Guests from roster rows: a row's own number is kept; a row without one gets
 * the next number after every number in use (in `existing` or in the rows).
 */
export function numberedGuests(rows: readonly GuestRow[], existing: readonly Guest[]): Guest[] {
  let next = Math.max(0, ...existing.map((guest) => guest.number), ...rows.map((row) => row.number ?? 0)) + 1;
  return rows.map((row): Guest => {
    const number = row.number ?? next++;
    return { id: guestPrincipalId(number), number, name: row.name, office: row.office, role: row.role };
  });
}
