/** Number formatting bound to the UI language; re-renders on a switch. */
import { formatCount, formatDecimal, formatPercent } from '../../shared/i18n/formatNumber';
import { useLanguage } from './language';

export interface NumberFormat {
  /** "85,63%" in Vietnamese, "85.63%" in English. */
  percent(value: number | string): string;
  decimal(value: number | string, fractionDigits?: number): string;
  count(value: number): string;
}

export function useNumberFormat(): NumberFormat {
  const language = useLanguage((state) => state.language);
  return {
    percent: (value) => formatPercent(language, value),
    decimal: (value, fractionDigits) => formatDecimal(language, value, fractionDigits),
    count: (value) => formatCount(language, value),
  };
}
