/**
 * A moment as Vietnamese documents write it, day first and 24-hour:
 * "15/03/2027 08:30". Used for vacancies in the roster tab and the export.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, cached);
  }
  return cached;
}

/** The moment (ms since the epoch) in the time zone given, or the computer's own. */
export function formatDateTime(at: number, timeZone?: string): string {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
