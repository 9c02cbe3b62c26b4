/** Which dialog of the roster tab is open, with what it is about. */
import type { Guest, Seat } from '../../../shared/protocol';

export type RosterDialog =
  | { kind: 'import'; file: File }
  | { kind: 'addSeat' }
  | { kind: 'editSeat'; seat: Seat }
  | { kind: 'vacate'; seat: Seat }
  | { kind: 'removeSeat'; seat: Seat }
  | { kind: 'addGuest' }
  | { kind: 'editGuest'; guest: Guest }
  | { kind: 'removeGuest'; guest: Guest };
