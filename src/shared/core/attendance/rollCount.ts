/**
 * The figures of a sitting's roll: who counts as present, how many are seated,
 * and whether the quorum is met. Only seated delegates count: a vacant seat
 * never does, and guests are not seats.
 */
import type { AttendanceEntry, SessionState } from '../../protocol';
import { seatedSeats } from '../session/seatedCount';

/** Present or present without a device, and not left early. */
export function countsAsPresent(entry: AttendanceEntry | undefined): boolean {
  return entry !== undefined && (entry.mark === 'present' || entry.mark === 'presentNoDevice') && entry.leftAt === null;
}

/** The seat's entry in the sitting, if any. */
export function attendanceEntryOf(state: Pick<SessionState, 'attendance'>, sittingId: string, seat: number): AttendanceEntry | undefined {
  return state.attendance[sittingId]?.[String(seat)];
}

export interface RollFigures {
  /** Seated delegates counted present. */
  present: number;
  /** Delegates in office. */
  seated: number;
  /** Present delegates the quorum needs: ceil(seated × the quorum share). */
  needed: number;
  quorumMet: boolean;
}

/** The roll's figures for a sitting (none present when `sittingId` is null), with seats as they are at `at`. */
export function rollFigures(state: Pick<SessionState, 'attendance' | 'seats' | 'settings'>, sittingId: string | null, at?: number): RollFigures {
  const seated = seatedSeats(state.seats, at);
  const roll = sittingId === null ? undefined : state.attendance[sittingId];
  const present = roll ? seated.filter((seat) => countsAsPresent(roll[String(seat.seat)])).length : 0;
  const { numerator, denominator } = state.settings.quorum;
  const needed = Math.ceil((numerator * seated.length) / denominator);
  return { present, seated: seated.length, needed, quorumMet: present * denominator >= numerator * seated.length };
}
