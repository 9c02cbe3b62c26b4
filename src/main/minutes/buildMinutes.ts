/**
 * The minutes (biên bản) and count reports (biên bản kiểm phiếu), written
 * from the event log as a `MinutesDocument`. Pure and deterministic: the same
 * events give the same document, with times in Vietnam's time from each
 * event's `at`. The order is DOMAIN.md's minutes checklist: the header, the
 * session and its sittings, the chair and secretariat, attendance, each
 * agenda item, question time, every vote, the closing, the signatures.
 */
import type { Language } from '../../shared/i18n/translate';
import type { Sitting, StoredEvent } from '../../shared/protocol';
import { attendanceBlocks } from './attendanceBlocks';
import { buildCountReport, hasCountReport } from './countReport';
import { itemBlocks } from './itemBlocks';
import type { MinutesBlock, MinutesDocument, MinutesScope } from './minutesDocument';
import { MinutesError } from './minutesError';
import { collectMinutesFacts } from './minutesFacts';
import type { MinutesFacts } from './minutesFacts';
import { minutesContext } from './minutesContext';
import type { MinutesContext } from './minutesContext';
import { minutesHeader } from './minutesHeader';
import { nfcDocument } from './nfcDocument';
import { questionBlocks } from './questionBlocks';
import { sessionBlocks, signatures } from './sessionBlocks';
import { timeOfDay } from './minutesTime';
import { voteBlocks } from './voteBlocks';

export { MinutesError } from './minutesError';
export type { MinutesErrorCode } from './minutesError';

/** An event as read from the log, with its chain hash when the reader kept it. */
export type MinutesSourceEvent = StoredEvent & { readonly hash?: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function numberedSections(sections: Array<{ title: string; blocks: MinutesBlock[] }>): MinutesBlock[] {
  return sections
    .filter((section) => section.blocks.length > 0)
    .flatMap((section, index) => [{ kind: 'heading' as const, level: 2 as const, text: `${ROMAN[index] ?? String(index + 1)}. ${section.title}` }, ...section.blocks]);
}

/** The sittings a scope covers, or the error the scope meets. */
function scopeSittings(facts: MinutesFacts, sitting: number | null): Sitting[] {
  const sittings = facts.state.sittings;
  if (sitting === null) return sittings;
  // Sittings are numbered in the order they are held, from 1.
  const ordered = minutesContext(facts, 'vi', sittings, true).sittings;
  const chosen = Number.isInteger(sitting) && sitting >= 1 ? ordered[sitting - 1] : undefined;
  if (!chosen) throw new MinutesError('no_sitting', `The session has no sitting ${sitting}`);
  if (!facts.spans.has(chosen.id)) throw new MinutesError('no_events', `Sitting ${sitting} (${chosen.title}) has no events: it was never under way`);
  return [chosen];
}

/** When the document is dated: the last event of the scope. */
function lastMomentOf(context: MinutesContext, events: readonly StoredEvent[]): number {
  const spans = context.sittings.flatMap((sitting) => {
    const span = context.facts.spans.get(sitting.id);
    return span ? [span.lastAt] : [];
  });
  if (context.wholeSession && context.facts.endedAt !== null) spans.push(context.facts.endedAt);
  return spans.length > 0 ? Math.max(...spans) : (events[events.length - 1]?.at ?? 0);
}

function closingBlocks(context: MinutesContext, events: readonly StoredEvent[]): MinutesBlock[] {
  const { t, facts } = context;
  if (context.wholeSession) {
    if (facts.endedAt !== null) return [{ kind: 'paragraph', text: t('minutes.closing.session', { time: timeOfDay(t, facts.endedAt) }) }];
    return [{ kind: 'paragraph', italic: true, text: t('minutes.closing.sessionNotEnded', { time: timeOfDay(t, lastMomentOf(context, events)) }) }];
  }
  const sitting = context.sittings[0];
  const span = sitting ? facts.spans.get(sitting.id) : undefined;
  return span ? [{ kind: 'paragraph', text: t('minutes.closing.sitting', { time: timeOfDay(t, span.lastAt) }) }] : [];
}

function buildSessionMinutes(context: MinutesContext, events: readonly StoredEvent[]): Omit<MinutesDocument, 'record' | 'locale'> {
  const { t, facts } = context;
  const session = facts.state.session;
  if (!session) throw new MinutesError('no_events', 'The log holds no session');
  const sitting = context.wholeSession ? null : (context.sittings[0] ?? null);
  const title = [t('minutes.title'), ...(sitting ? [sitting.title] : []), session.title, session.term.trim() === '' ? session.council : t('minutes.councilAndTerm', { council: session.council, term: session.term.trim() })];
  const blocks = [
    ...sessionBlocks(context),
    ...numberedSections([
      { title: t('minutes.section.attendance'), blocks: attendanceBlocks(context) },
      { title: t('minutes.section.items'), blocks: itemBlocks(context) },
      { title: t('minutes.section.questions'), blocks: questionBlocks(context) },
      { title: t('minutes.section.votes'), blocks: voteBlocks(context) },
    ]),
    ...closingBlocks(context, events),
  ];
  return { header: minutesHeader(t, session, lastMomentOf(context, events), 'minutes.number'), title, blocks, signatures: signatures(context) };
}

export function buildMinutes(events: readonly MinutesSourceEvent[], scope: MinutesScope, locale: Language = 'vi'): MinutesDocument {
  if (events.length === 0) throw new MinutesError('no_events', 'The log holds no events');
  const facts = collectMinutesFacts(events);
  const last = events[events.length - 1];
  const record = { scope, eventCount: events.length, finalHash: last?.hash ?? '' };
  if (scope.kind === 'countReport') {
    const context = minutesContext(facts, locale, facts.state.sittings, true);
    return nfcDocument({ ...buildCountReport(context, scope.voteId), record, locale });
  }
  const sittings = scopeSittings(facts, scope.sitting);
  const context = minutesContext(facts, locale, sittings, scope.sitting === null);
  return nfcDocument({ ...buildSessionMinutes(context, events), record, locale });
}

/** The elections and confidence votes that have a count report, in the order they were made. */
export function countReportScopes(events: readonly StoredEvent[]): Array<{ voteId: string; title: string }> {
  if (events.length === 0) return [];
  return collectMinutesFacts(events)
    .state.votes.filter(hasCountReport)
    .map((vote) => ({ voteId: vote.id, title: vote.title.normalize('NFC') }));
}
