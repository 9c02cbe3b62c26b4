/**
 * What the create-session form holds while the secretary types: every field as
 * text, so nothing typed is lost on a bad input, plus the proposals the form
 * makes (the session's title, the sittings' titles).
 */
import type { CouncilLevel, SessionKind, SittingPeriod, SpeechKind } from './sessionModel';
import { DEFAULT_SESSION_SETTINGS, SPEECH_KINDS } from './sessionModel';
import { capitalisedOrdinal, vietnameseOrdinal } from './ordinals';
import type { RulePreset } from '../votePresets';

export const LABEL_SETS = {
  tanThanh: { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' },
  dongY: { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' },
} as const;
export type LabelSet = keyof typeof LABEL_SETS;

export interface SittingDraft {
  /** Stable while the form is open, so React keeps each row's inputs. */
  key: string;
  title: string;
  /** Whether the secretary typed the title (then it is no longer proposed). */
  titleEdited: boolean;
  date: string;
  period: SittingPeriod;
}

export interface SessionDraft {
  council: string;
  councilLevel: CouncilLevel;
  /** Khóa, e.g. "XI". */
  termNumber: string;
  /** Nhiệm kỳ, e.g. "2026–2031". */
  termYears: string;
  number: string;
  kind: SessionKind;
  title: string;
  titleEdited: boolean;
  place: string;
  startDate: string;
  endDate: string;
  sittings: SittingDraft[];
  labelSet: LabelSet;
  defaultRule: RulePreset;
  quorumNumerator: string;
  quorumDenominator: string;
  speechLimits: Record<SpeechKind, string>;
  allowBallotChange: boolean;
  guestsMayAnswer: boolean;
}

/** A new form: one sitting, the usual settings, nothing the secretary must undo. */
export function emptySessionDraft(): SessionDraft {
  const draft: SessionDraft = {
    council: '',
    councilLevel: 'province',
    termNumber: '',
    termYears: '2026–2031',
    number: '1',
    kind: 'regular',
    title: '',
    titleEdited: false,
    place: '',
    startDate: '',
    endDate: '',
    sittings: [],
    labelSet: 'tanThanh',
    defaultRule: 'half_seated',
    quorumNumerator: '2',
    quorumDenominator: '3',
    speechLimits: speechLimitTexts(DEFAULT_SESSION_SETTINGS.speechLimitsMinutes),
    allowBallotChange: false,
    guestsMayAnswer: DEFAULT_SESSION_SETTINGS.guestsMayAnswer,
  };
  return withProposals(addSitting(draft, 's1'));
}

/** Speech limits as the form's text fields hold them. */
export function speechLimitTexts(minutes: Record<SpeechKind, number>): Record<SpeechKind, string> {
  return Object.fromEntries(SPEECH_KINDS.map((kind) => [kind, String(minutes[kind])])) as Record<SpeechKind, string>;
}

/** The term as the session stores it: "Khóa XI, nhiệm kỳ 2026–2031". */
export function termText(termNumber: string, termYears: string): string {
  const number = termNumber.trim();
  const years = termYears.trim();
  if (number && years) return `Khóa ${number}, nhiệm kỳ ${years}`;
  if (number) return `Khóa ${number}`;
  return years ? `Nhiệm kỳ ${years}` : '';
}

/** The reverse of `termText`, for a form that edits a stored term; a term written otherwise stays whole as the khóa. */
export function splitTerm(term: string): { termNumber: string; termYears: string } {
  const match = term.trim().match(/^Khóa\s+(.+?)(?:,\s*nhiệm kỳ\s+(.+))?$/i);
  if (match?.[1]) return { termNumber: match[1].trim(), termYears: match[2]?.trim() ?? '' };
  const years = term.trim().match(/^Nhiệm kỳ\s+(.+)$/i);
  if (years?.[1]) return { termNumber: '', termYears: years[1].trim() };
  return { termNumber: term.trim(), termYears: '' };
}

/**
 * The title the form proposes: "Kỳ họp thứ Ba (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI".
 * Every part that is not known yet is left out.
 */
export function proposeSessionTitle(draft: Pick<SessionDraft, 'number' | 'kind' | 'council' | 'termNumber'>): string {
  const number = parseWholeNumber(draft.number);
  const kindWords = draft.kind === 'special' ? 'kỳ họp chuyên đề' : 'kỳ họp thường lệ';
  const head = number !== null && number >= 1 ? `Kỳ họp thứ ${capitalisedOrdinal(number)} (${kindWords})` : draft.kind === 'special' ? 'Kỳ họp chuyên đề' : 'Kỳ họp thường lệ';
  const council = draft.council.trim();
  if (!council) return head;
  const term = draft.termNumber.trim();
  return `${head} – ${council}${term ? ` khóa ${term}` : ''}`;
}

/** "Phiên thứ nhất", "Phiên thứ hai", … */
export function proposeSittingTitle(index: number): string {
  return `Phiên thứ ${vietnameseOrdinal(index + 1)}`;
}

/** Fills every title the secretary has not typed with the current proposal. */
export function withProposals(draft: SessionDraft): SessionDraft {
  return {
    ...draft,
    title: draft.titleEdited ? draft.title : proposeSessionTitle(draft),
    sittings: draft.sittings.map((sitting, index) => (sitting.titleEdited ? sitting : { ...sitting, title: proposeSittingTitle(index) })),
  };
}

/** One more sitting, the day after the last one (or on the session's first day), the closing day moved to it if need be. */
export function addSitting(draft: SessionDraft, key: string): SessionDraft {
  const last = draft.sittings.at(-1);
  const date = last?.date ? dayAfter(last.date) : draft.startDate;
  const sitting: SittingDraft = { key, title: proposeSittingTitle(draft.sittings.length), titleEdited: false, date, period: 'allDay' };
  // A sitting added after the last day makes the session one day longer, rather than a problem to fix.
  const endDate = date && draft.endDate && date > draft.endDate ? date : draft.endDate;
  return withProposals({ ...draft, endDate, sittings: [...draft.sittings, sitting] });
}

export function removeSitting(draft: SessionDraft, key: string): SessionDraft {
  return withProposals({ ...draft, sittings: draft.sittings.filter((sitting) => sitting.key !== key) });
}

/**
 * Setting the opening day dates the sittings that have none yet, one day after
 * another, and proposes a closing day when there is none.
 */
export function withStartDate(draft: SessionDraft, startDate: string): SessionDraft {
  let previous = '';
  const sittings = draft.sittings.map((sitting) => {
    const date = sitting.date || (previous ? dayAfter(previous) : startDate);
    previous = date;
    return date === sitting.date ? sitting : { ...sitting, date };
  });
  return { ...draft, startDate, sittings, endDate: draft.endDate || previous || startDate };
}

/** A whole number written with digits only, else null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The ISO date after an ISO date (UTC arithmetic, so no time zone shifts it); '' for a bad date. */
export function dayAfter(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) return '';
  return new Date(time + 86_400_000).toISOString().slice(0, 10);
}
