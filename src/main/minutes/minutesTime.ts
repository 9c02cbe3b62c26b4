/** Times of day and dates as the minutes write them, in Vietnam's time. */
import type { MinutesTranslate } from './minutesContext';
import { twoDigits, vietnamMoment } from './minutesFormat';

/** "8 giờ 05 phút" (vi), "8:05" (en). */
export function timeOfDay(t: MinutesTranslate, at: number): string {
  const moment = vietnamMoment(at);
  return t('minutes.time', { hours: moment.hours, minutes: twoDigits(moment.minutes) });
}

/** "ngày 01/07/2026" style numeric date of a moment, in Vietnam's time. */
export function dateOfMoment(t: MinutesTranslate, at: number): string {
  const moment = vietnamMoment(at);
  return t('minutes.date', { day: twoDigits(moment.day), month: twoDigits(moment.month), year: moment.year });
}
