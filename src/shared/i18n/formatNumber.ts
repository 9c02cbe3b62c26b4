/**
 * Numbers in the reader's language: a decimal comma in Vietnamese (85,63%),
 * a point in English (85.63%). Every percentage or decimal the apps show goes
 * through here, so the two can never be mixed on one screen.
 */
import type { Language } from './translate';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    formatters.set(key, cached);
  }
  return cached;
}

/** A decimal with a fixed number of digits after the mark: 85.63 → "85,63" (vi), "85.63" (en). */
export function formatDecimal(language: Language, value: number | string, fractionDigits = 2): string {
  return formatter(language, fractionDigits).format(Number(value));
}

/**
 * A percentage already rounded to two decimals by the core ("85.63"), with its
 * sign: "85,63%" (vi), "85.63%" (en). The core keeps the exact rounding; this
 * only changes how it is written.
 */
export function formatPercent(language: Language, percent: number | string): string {
  return `${formatDecimal(language, percent, 2)}%`;
}

/** A whole count: 1500 → "1.500" (vi), "1,500" (en). */
export function formatCount(language: Language, count: number): string {
  return formatter(language, 0).format(count);
}
