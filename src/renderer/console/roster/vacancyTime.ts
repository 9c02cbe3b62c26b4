/**
 * The vacancy's moment in a `datetime-local` field, which holds the computer's
 * local wall time ("2027-03-15T08:30") and no time zone.
 */

/** The field's value for a moment. */
export function dateTimeInputValue(at: number): string {
  const date = new Date(at);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The moment a field's value names, or null when it names none. */
export function parseDateTimeInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  const asGiven = [year, month, day, hour, minute];
  const matches = [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()].every((part, index) => part === asGiven[index]);
  // A day that does not exist (31 February) or an hour skipped by a clock change rolls over, and is refused.
  return matches ? date.getTime() : null;
}
