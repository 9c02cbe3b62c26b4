/**
 * Calendar dates in the reader's language, from one place, so every screen
 * writes a sitting's date the same way. Two forms:
 * - long, wherever a date is shown to people (agenda headings, the iPad):
 *   "Thứ Ba, ngày 8 tháng 12 năm 2026", "Tuesday 8 December 2026";
 * - short and numeric, only in dense tables: "08/12/2026".
 * Dates are calendar days ("2026-12-08"), not instants: they are formatted in
 * UTC so no time zone can move them to the day before.
 */
import type { Language } from './translate';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const longFormatters = new Map<Language, Intl.DateTimeFormat>();
const shortFormatters = new Map<Language, Intl.DateTimeFormat>();

function cached(cache: Map<Language, Intl.DateTimeFormat>, language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let formatter = cache.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
    cache.set(language, formatter);
  }
  return formatter;
}

/** "2026-12-08" → a Date at UTC midnight of that day; null for anything else. */
function calendarDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * The long form: "Thứ Ba, ngày 8 tháng 12 năm 2026" (the form of Vietnamese
 * official documents, with the weekday) or "Tuesday 8 December 2026".
 * Anything that is not a calendar date is returned as it came.
 */
export function formatLongDate(language: Language, isoDate: string): string {
  const date = calendarDay(isoDate);
  if (!date) return isoDate;
  if (language === 'en') return cached(longFormatters, 'en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  // vi-VN's own long form is "Thứ Ba, 8 tháng 12, 2026"; official Vietnamese writes "ngày … tháng … năm …".
  const parts = cached(longFormatters, 'vi', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const weekday = part('weekday');
  return `${weekday.charAt(0).toLocaleUpperCase('vi')}${weekday.slice(1)}, ngày ${Number(part('day'))} tháng ${Number(part('month'))} năm ${part('year')}`;
}

/** The short numeric form for dense tables: "08/12/2026" in both languages (day first). */
export function formatShortDate(language: Language, isoDate: string): string {
  const date = calendarDay(isoDate);
  if (!date) return isoDate;
  return cached(shortFormatters, language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
