/**
 * How the minutes write times, lengths and figures. Times are Vietnam's
 * (UTC+7 all year, no daylight saving), computed from the events' `at`
 * without the machine's time zone, so the same log gives the same minutes
 * anywhere. Percentages come rounded from the core and are only written here.
 */
import { percentage } from '../../shared/core';
import { formatPercent } from '../../shared/i18n/formatNumber';
import type { Language } from '../../shared/i18n/translate';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VietnamMoment {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  /** The calendar day, "2026-07-01". */
  isoDate: string;
}

export function vietnamMoment(at: number): VietnamMoment {
  const shifted = new Date(at + VIETNAM_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const isoDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, hours: shifted.getUTCHours(), minutes: shifted.getUTCMinutes(), isoDate };
}

/** Two digits: "05". */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** A turn's length as m:ss ("2:05"), from milliseconds, whole seconds rounded down. */
export function turnLength(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${twoDigits(seconds % 60)}`;
}

/** `count` as a share of the seated delegates, written for the reader: "90,00%" (vi), "90.00%" (en). */
export function percentOfSeated(language: Language, count: number, seated: number): string {
  return formatPercent(language, percentage(count, seated));
}

/** A name or text as the minutes print it: Unicode NFC, so a name typed with combining marks matches its precomposed form. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
