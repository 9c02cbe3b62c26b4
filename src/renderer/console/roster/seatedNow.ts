import type { Seat } from '../../../shared/protocol';

/** The seats still seated at a moment: those with no vacancy at or before it (the contract's "seated" rule). */
export function seatedNow<S extends Pick<Seat, 'vacantFrom'>>(seats: readonly S[], at: number): S[] {
  return seats.filter((seat) => seat.vacantFrom === undefined || seat.vacantFrom > at);
}
