/** How the roll's events change the state. A secretary's entry is never overwritten by a confirmation or a device. */
import type { AttendanceEntry, EventOf, SessionState } from '../../protocol';
import { attendanceEntryOf } from './rollCount';

function withEntry(state: SessionState, sittingId: string, seat: number, entry: AttendanceEntry): SessionState {
  return { ...state, attendance: { ...state.attendance, [sittingId]: { ...state.attendance[sittingId], [String(seat)]: entry } } };
}

export function attendanceSet(state: SessionState, event: EventOf<'attendance.set'>): SessionState {
  return withEntry(state, event.sittingId, event.seat, event.entry);
}

export function attendanceConfirmed(state: SessionState, event: EventOf<'attendance.confirmed'>): SessionState {
  const existing = attendanceEntryOf(state, event.sittingId, event.seat);
  if (existing?.source === 'secretary') return state;
  return withEntry(state, event.sittingId, event.seat, { mark: 'present', reason: null, lateAt: null, leftAt: null, source: 'self', at: event.at });
}

export function attendanceDeviceSeen(state: SessionState, event: EventOf<'attendance.deviceSeen'>): SessionState {
  if (attendanceEntryOf(state, event.sittingId, event.seat)) return state;
  return withEntry(state, event.sittingId, event.seat, { mark: 'present', reason: null, lateAt: null, leftAt: null, source: 'device', at: event.at });
}
