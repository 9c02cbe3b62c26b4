/**
 * Attendance per sitting, as the minutes state it: the seated total, how many
 * were present, and by name those absent with a reason (and the reason),
 * absent without one, late, left early, or not marked; then the guests and
 * the secretariat. Only seated delegates count; a seat vacant when the sitting
 * began is not among them. A sitting never under way has no roll here.
 */
import { seatedSeats } from '../../shared/core';
import { formatLongDate } from '../../shared/i18n/formatDate';
import type { AttendanceEntry, Seat, Sitting } from '../../shared/protocol';
import type { MinutesBlock } from './minutesDocument';
import { sittingDay } from './minutesContext';
import type { MinutesContext } from './minutesContext';
import { timeOfDay } from './minutesTime';

function isPresentMark(entry: AttendanceEntry | undefined): boolean {
  return entry !== undefined && (entry.mark === 'present' || entry.mark === 'presentNoDevice');
}

function sittingAttendance(context: MinutesContext, sitting: Sitting): MinutesBlock[] {
  const { t, facts } = context;
  const span = facts.spans.get(sitting.id);
  const seated = seatedSeats(facts.state.seats, span?.firstAt).sort((a, b) => a.seat - b.seat);
  const roll = facts.state.attendance[sitting.id] ?? {};
  const entryOf = (seat: Seat) => roll[String(seat.seat)];
  const present = seated.filter((seat) => isPresentMark(entryOf(seat)));
  const excused = seated.filter((seat) => entryOf(seat)?.mark === 'absentExcused');
  const unexcused = seated.filter((seat) => entryOf(seat)?.mark === 'absentUnexcused');
  const late = present.filter((seat) => entryOf(seat)?.lateAt != null);
  const leftEarly = present.filter((seat) => entryOf(seat)?.leftAt != null);
  const unmarked = seated.filter((seat) => entryOf(seat) === undefined);
  const blocks: MinutesBlock[] = [
    { kind: 'heading', level: 3, text: t('minutes.attendance.sitting', { sitting: sitting.title, date: formatLongDate(context.language, sittingDay(context, sitting)) }) },
    { kind: 'paragraph', text: t('minutes.attendance.figures', { seated: seated.length, present: present.length }) },
  ];
  const line = (text: string) => blocks.push({ kind: 'paragraph', text });
  const names = (seats: Seat[], detail: (entry: AttendanceEntry) => string | null) =>
    seats
      .map((seat) => {
        const entry = entryOf(seat);
        const extra = entry ? detail(entry) : null;
        return extra ? t('minutes.attendance.nameWith', { name: seat.name, detail: extra }) : seat.name;
      })
      .join('; ');
  if (excused.length > 0) line(t('minutes.attendance.absentExcused', { count: excused.length, names: names(excused, (entry) => entry.reason?.trim() || null) }));
  if (unexcused.length > 0) line(t('minutes.attendance.absentUnexcused', { count: unexcused.length, names: names(unexcused, () => null) }));
  if (late.length > 0) line(t('minutes.attendance.late', { count: late.length, names: names(late, (entry) => (entry.lateAt === null ? null : t('minutes.attendance.at', { time: timeOfDay(t, entry.lateAt) }))) }));
  if (leftEarly.length > 0) line(t('minutes.attendance.leftEarly', { count: leftEarly.length, names: names(leftEarly, (entry) => (entry.leftAt === null ? null : t('minutes.attendance.at', { time: timeOfDay(t, entry.leftAt) }))) }));
  if (unmarked.length > 0) line(t('minutes.attendance.unmarked', { count: unmarked.length, names: names(unmarked, () => null) }));
  return blocks;
}

/** Every sitting's roll, then the guests. */
export function attendanceBlocks(context: MinutesContext): MinutesBlock[] {
  const { t } = context;
  // A sitting never under way has no roll to report; the sittings list says it was not held.
  const held = context.sittings.filter((sitting) => context.facts.spans.has(sitting.id));
  const blocks = held.flatMap((sitting) => sittingAttendance(context, sitting));
  const guests = context.facts.state.guests.filter((guest) => guest.role === 'guest').sort((a, b) => a.number - b.number);
  if (guests.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('minutes.attendance.guests', { count: guests.length }) });
    blocks.push({ kind: 'list', items: guests.map((guest) => (guest.office.trim() === '' ? guest.name : t('minutes.nameAndOffice', { name: guest.name, office: guest.office }))) });
  }
  return blocks;
}
