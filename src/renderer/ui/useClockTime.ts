/** Times of day ("14:05") in the UI language, for when a notice or a request was sent. */
import { useLanguage } from './language';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false });
    formats.set(locale, format);
  }
  return format;
}

/** Formats a time in ms since the epoch as hours and minutes on this device's clock face. */
export function useClockTime(): (at: number) => string {
  const language = useLanguage((state) => state.language);
  const format = formatFor(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (at) => format.format(new Date(at));
}
