/** Date formatting bound to the UI language; re-renders on a switch. */
import { formatLongDate, formatShortDate } from '../../shared/i18n/formatDate';
import { useLanguage } from './language';

export interface DateFormat {
  /** Wherever a date is shown to people: "Thứ Ba, ngày 8 tháng 12 năm 2026". */
  long(isoDate: string): string;
  /** Only in dense tables: "08/12/2026". */
  short(isoDate: string): string;
}

export function useDateFormat(): DateFormat {
  const language = useLanguage((state) => state.language);
  return {
    long: (isoDate) => formatLongDate(language, isoDate),
    short: (isoDate) => formatShortDate(language, isoDate),
  };
}
