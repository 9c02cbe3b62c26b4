/** A seat as the add/edit form holds it, and what the form sends: a full row to add, the changed fields to edit. */
import type { Seat, SeatRole, SeatRow } from '../../../shared/protocol';
import { MAX_ROSTER_NUMBER } from '../../../shared/protocol';
import { normalizeText } from '../../../shared/roster';

export interface SeatDraft {
  seat: string;
  name: string;
  office: string;
  group: string;
  role: SeatRole;
}

export function draftOfSeat(seat: Pick<Seat, 'seat' | 'name' | 'office' | 'group' | 'role'>): SeatDraft {
  return { seat: String(seat.seat), name: seat.name, office: seat.office, group: seat.group ?? '', role: seat.role ?? 'delegate' };
}

/** The row a draft makes, or the field at fault. */
export function seatRowOfDraft(draft: SeatDraft): { ok: true; row: Required<SeatRow> } | { ok: false; field: 'seat' | 'name' } {
  const seat = Number(draft.seat);
  if (!/^\d+$/.test(draft.seat.trim()) || seat < 1 || seat > MAX_ROSTER_NUMBER) return { ok: false, field: 'seat' };
  const name = normalizeText(draft.name);
  if (name === '') return { ok: false, field: 'name' };
  return { ok: true, row: { seat, name, office: normalizeText(draft.office), group: normalizeText(draft.group), role: draft.role } };
}

/** The fields of `row` that differ from the seat as it is: the `changes` of a `seat.update`. */
export function seatChanges(before: Seat, row: Required<SeatRow>): Partial<Pick<SeatRow, 'name' | 'office' | 'group' | 'role'>> {
  const changes: Partial<Pick<SeatRow, 'name' | 'office' | 'group' | 'role'>> = {};
  if (row.name !== before.name) changes.name = row.name;
  if (row.office !== before.office) changes.office = row.office;
  if (row.group !== (before.group ?? '')) changes.group = row.group;
  if (row.role !== (before.role ?? 'delegate')) changes.role = row.role;
  return changes;
}
