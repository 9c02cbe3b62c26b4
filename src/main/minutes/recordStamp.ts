/**
 * The record stamp on the last page of every minutes file: how many events of
 * the session's log the document was made from, the hash of the last one, and
 * the scope, worded for a reader and regular enough for `verify --minutes` to
 * read back from the extracted text.
 *   vi: "Lập từ 1234 sự kiện của hồ sơ kỳ họp; mã băm cuối: <64 hex>"
 *       "Phạm vi: minutes:<sessionId>:all" (or ":sitting-2", or "count-report:<sessionId>:<voteId>")
 */
import { translate } from '../../shared/i18n/translate';
import type { MinutesRecordStamp, MinutesScope } from './minutesDocument';

const SCOPE_TOKEN = /\b(minutes|count-report):([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64})\b/;
// Both languages' wording, so a file is read whatever language it was made in.
const MADE_FROM = /\b(?:Lập từ|Made from) (\d{1,12}) \S.*?\b([0-9a-f]{64})\b/u;

/** The scope as one token without spaces, which PDF and DOCX text extraction keep whole. */
export function scopeToken(scope: MinutesScope): string {
  if (scope.kind === 'countReport') return `count-report:${scope.sessionId}:${scope.voteId}`;
  return `minutes:${scope.sessionId}:${scope.sitting === null ? 'all' : `sitting-${scope.sitting}`}`;
}

/** The stamp's two lines, in the document's language. */
export function recordStampLines(record: MinutesRecordStamp, locale: 'vi' | 'en'): string[] {
  return [
    translate(locale, 'minutes.stamp.made', { count: String(record.eventCount), hash: record.finalHash }),
    translate(locale, 'minutes.stamp.scope', { scope: scopeToken(record.scope) }),
  ];
}

export interface ReadStamp {
  record: MinutesRecordStamp;
  locale: 'vi' | 'en';
}

/** The stamp found in a document's extracted text, or null when there is none. */
export function readRecordStamp(text: string): ReadStamp | null {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  const made = [...flat.matchAll(new RegExp(MADE_FROM, 'gu'))].at(-1);
  const scopeMatches = [...flat.matchAll(new RegExp(SCOPE_TOKEN, 'g'))].at(-1);
  if (!made?.[1] || !made[2] || !scopeMatches?.[1] || !scopeMatches[2] || !scopeMatches[3]) return null;
  const scope = parseScope(scopeMatches[1], scopeMatches[2], scopeMatches[3]);
  if (scope === null) return null;
  return {
    record: { scope, eventCount: Number(made[1]), finalHash: made[2] },
    locale: made[0].startsWith('Made from') ? 'en' : 'vi',
  };
}

function parseScope(kind: string, sessionId: string, part: string): MinutesScope | null {
  if (kind === 'count-report') return { kind: 'countReport', sessionId, voteId: part };
  if (part === 'all') return { kind: 'minutes', sessionId, sitting: null };
  const sitting = part.match(/^sitting-(\d{1,4})$/)?.[1];
  return sitting === undefined ? null : { kind: 'minutes', sessionId, sitting: Number(sitting) };
}
