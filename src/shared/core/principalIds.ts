/** The principal ids of the people on the roster: `seat-N` for a delegate, `guest-N` for a guest. */

/** The principal id of the delegate in a seat. */
export function seatPrincipalId(seat: number): string {
  return `seat-${seat}`;
}

/** The principal id of a guest, from the guest's number. */
export function guestPrincipalId(number: number): string {
  return `guest-${number}`;
}
