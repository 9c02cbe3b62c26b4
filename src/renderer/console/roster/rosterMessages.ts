/** The console's words for the roster module's codes and for the hub's answers to an import. */
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { vi } from '../../../shared/i18n/vi';
import type { RosterProblemCode, RosterRefusalCode } from '../../../shared/roster';

export function problemKey(code: RosterProblemCode): PlainMessageKey {
  return `roster.problem.${code}`;
}

/** The refusal's message; `too_many_rows` names the limit, so it is filled by the caller. */
export function refusalKey(code: Exclude<RosterRefusalCode, 'too_many_rows'>): PlainMessageKey {
  return `roster.refusal.${code}`;
}

/** The message for a hub's refusal of an import: the protocol's own text for a known code, else a general one. */
export function importErrorKey(code: string): PlainMessageKey {
  if (code === 'network') return 'error.offline';
  const key = `error.${code}`;
  return Object.hasOwn(vi, key) ? (key as PlainMessageKey) : 'roster.import.failed';
}

/** "A", "B", …, "Z", "AA": the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
