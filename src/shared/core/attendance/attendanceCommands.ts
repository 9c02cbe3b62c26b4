/**
 * Decisions about the roll. The secretary marks any seat in any sitting; a
 * delegate confirms "Tôi có mặt" in the sitting in progress; the hub records a
 * delegate's iPad that connects during it. A secretary's entry is final: a
 * confirmation is refused on it, and a device never overwrites any entry.
 */
import type { AttendanceDeviceSeenCommand, AttendanceEntry, CommandOf, DomainEvent, Seat, SessionState } from '../../protocol';
import type { DecideContext, Decision, Rejection } from '../decision';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { isSeatedAt } from '../session/seatedCount';
import { attendanceEntryOf } from './rollCount';
import { sittingInProgress } from './sittingInProgress';

const PRESENT_MARKS: ReadonlySet<AttendanceEntry['mark']> = new Set(['present', 'presentNoDevice']);

/** The seat when it exists and its delegate is in office at `now`, or the refusal. */
function seatedSeat(state: SessionState, seat: number, now: number): Seat | Rejection {
  const found = state.seats.find((candidate) => candidate.seat === seat);
  if (!found) return reject('unknown_seat', `No seat ${seat}`);
  if (!isSeatedAt(found, now)) return reject('invalid', `Seat ${seat} is vacant: it is not on the roll`);
  return found;
}

export function setAttendance(state: SessionState, command: CommandOf<'attendance.set'>, ctx: DecideContext): Decision {
  if (!state.sittings.some((sitting) => sitting.id === command.sittingId)) return reject('unknown_sitting', `No sitting ${command.sittingId}`);
  const seat = seatedSeat(state, command.seat, ctx.now);
  if ('ok' in seat) return seat;
  const reason = command.reason ?? '';
  if (command.mark === 'absentExcused' && reason === '') return reject('invalid', 'An excused absence needs its reason');
  if (command.mark !== 'absentExcused' && reason !== '') return reject('invalid', 'Only an excused absence takes a reason');
  const present = PRESENT_MARKS.has(command.mark);
  if (!present && (command.lateAt !== undefined || command.leftAt !== undefined)) {
    return reject('invalid', 'Only a present delegate arrives late or leaves early');
  }
  if (command.lateAt !== undefined && command.leftAt !== undefined && command.leftAt < command.lateAt) {
    return reject('invalid', 'A delegate cannot leave before arriving');
  }
  const entry: AttendanceEntry = {
    mark: command.mark,
    reason: command.mark === 'absentExcused' ? reason : null,
    lateAt: command.lateAt ?? null,
    leftAt: command.leftAt ?? null,
    source: 'secretary',
    at: ctx.now,
  };
  return accept({ type: 'attendance.set', sittingId: command.sittingId, seat: command.seat, entry });
}

export function confirmAttendance(state: SessionState, ctx: DecideContext): Decision {
  const seatNumber = findPrincipal(state, ctx.actor.id)?.seat ?? null;
  if (seatNumber === null) return reject('forbidden', 'Only a delegate with a seat confirms attendance');
  const sittingId = sittingInProgress(state);
  if (sittingId === null) return reject('no_sitting_in_progress', 'No sitting is in progress');
  const seat = seatedSeat(state, seatNumber, ctx.now);
  if ('ok' in seat) return seat;
  const existing = attendanceEntryOf(state, sittingId, seatNumber);
  if (existing?.source === 'secretary') return reject('marked_by_secretary', 'The secretary has marked this seat; ask the secretariat to change it');
  if (existing?.source === 'self') return reject('invalid', 'Attendance is already confirmed for this sitting');
  return accept({ type: 'attendance.confirmed', sittingId, seat: seatNumber, at: ctx.now });
}

/** The hub's own command: refused (and skipped by the hub) when the seat already has an entry in the sitting. */
export function recordDeviceSeen(state: SessionState, command: AttendanceDeviceSeenCommand, now: number): Decision {
  if (state.session?.status !== 'open') return reject('session_not_open', 'The session is not open');
  const sittingId = sittingInProgress(state);
  if (sittingId === null) return reject('no_sitting_in_progress', 'No sitting is in progress');
  const seat = seatedSeat(state, command.seat, now);
  if ('ok' in seat) return seat;
  if (attendanceEntryOf(state, sittingId, command.seat)) return reject('invalid', `Seat ${command.seat} is already on the roll of this sitting`);
  return accept({ type: 'attendance.deviceSeen', sittingId, seat: command.seat, at: now });
}

/**
 * The hub's entries for many iPads at once, decided in turn: the events for the seats
 * that have no entry yet in the sitting in progress (each seat once); the rest are skipped.
 */
export function devicesSeenEvents(state: SessionState, seats: Iterable<number>, now: number): DomainEvent[] {
  const events: DomainEvent[] = [];
  const seen = new Set<number>();
  for (const seat of seats) {
    if (seen.has(seat)) continue;
    seen.add(seat);
    const decision = recordDeviceSeen(state, { type: 'attendance.deviceSeen', seat }, now);
    if (decision.ok) events.push(...decision.events);
  }
  return events;
}
