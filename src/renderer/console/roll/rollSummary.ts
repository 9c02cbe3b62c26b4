/** What the roll tab counts and which sitting it opens on. */
import { attendanceEntryOf, chronologicalSittings, countsAsPresent, seatedSeats, sittingInProgress } from '../../../shared/core';
import type { SessionState } from '../../../shared/protocol';

export interface RollSummary {
  present: number;
  excused: number;
  unexcused: number;
  /** Seated delegates with no entry, or present once but left. */
  unmarked: number;
}

/** The counts of a sitting's roll among the seated delegates. */
export function summarizeRoll(state: SessionState, sittingId: string, at?: number): RollSummary {
  const summary: RollSummary = { present: 0, excused: 0, unexcused: 0, unmarked: 0 };
  for (const seat of seatedSeats(state.seats, at)) {
    const entry = attendanceEntryOf(state, sittingId, seat.seat);
    if (countsAsPresent(entry)) summary.present += 1;
    else if (entry?.mark === 'absentExcused') summary.excused += 1;
    else if (entry?.mark === 'absentUnexcused') summary.unexcused += 1;
    else summary.unmarked += 1;
  }
  return summary;
}

/** The sitting the roll tab shows first: the one in progress, else the first in the calendar. */
export function defaultRollSitting(state: SessionState): string | null {
  return sittingInProgress(state) ?? chronologicalSittings(state.sittings)[0]?.id ?? null;
}

/**
 * A time of day typed on the console ("14:05") on the sitting's date, in this
 * computer's time zone, as ms since the epoch; null when it is not a time.
 */
export function momentOn(isoDate: string, time: string): number | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  const moment = new Date(`${isoDate}T${time}:00`).getTime();
  return Number.isNaN(moment) ? null : moment;
}

/** The time of day of a moment as the console's time field writes it: "14:05". */
export function timeOfDay(moment: number): string {
  const date = new Date(moment);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
