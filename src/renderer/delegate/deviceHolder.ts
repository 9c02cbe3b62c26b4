/**
 * Who holds this iPad. One app serves delegates (đại biểu) and guests (khách mời):
 * both read every document and follow the presenter. Only a delegate in a seat
 * is given a ballot, and only a delegate's reading counts in the "opened by"
 * figures the secretary sees.
 */
import type { Guest, GuestRole, WelcomeMessage } from '../../shared/protocol';

export type DeviceHolder =
  | { kind: 'delegate'; seat: number; name: string }
  /** `role` tells a guest (khách mời) from a member of the session's secretariat on a guest row. */
  | { kind: 'guest'; name: string; role: GuestRole }
  /** Before the hub's welcome, or a staff link opened in the iPad app: nothing is voted or reported. */
  | { kind: 'unknown' };

export function deviceHolderOf(me: WelcomeMessage['principal'] | null, guests: readonly Guest[]): DeviceHolder {
  if (me === null) return { kind: 'unknown' };
  if (me.role === 'guest') return { kind: 'guest', name: me.name, role: guests.find((guest) => guest.id === me.id)?.role ?? 'guest' };
  if (me.role === 'delegate' && me.seat !== null) return { kind: 'delegate', seat: me.seat, name: me.name };
  return { kind: 'unknown' };
}

/** The seat that votes from this device, or null: a guest never receives a ballot. */
export function votingSeatOf(holder: DeviceHolder): number | null {
  return holder.kind === 'delegate' ? holder.seat : null;
}

/** Whether this device tells the hub which documents it opened: the figures are the delegates' own. */
export function reportsDocumentOpens(holder: DeviceHolder): boolean {
  return holder.kind === 'delegate';
}
