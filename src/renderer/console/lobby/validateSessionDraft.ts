/**
 * Checks the create-session form field by field, so each message can sit next
 * to its field, and turns a good draft into the values the session stores.
 */
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import type { VoteLabels } from '../../../shared/protocol';
import { RULE_PRESETS } from '../votePresets';
import type { SessionDraft } from './sessionDraft';
import { LABEL_SETS, parseWholeNumber, termText } from './sessionDraft';
import type { CouncilLevel, SessionKind, SittingPeriod, SpeechKind } from './sessionModel';
import { SPEECH_KINDS } from './sessionModel';

/** The longest council name, title or place the session accepts. */
export const TITLE_MAX = 300;
export const TERM_MAX = 120;
export const MAX_SITTINGS = 30;
export const SPEECH_MINUTES = { min: 1, max: 120 } as const;

export type DraftField =
  | 'council'
  | 'termNumber'
  | 'termYears'
  | 'number'
  | 'title'
  | 'place'
  | 'startDate'
  | 'endDate'
  | 'sittings'
  | 'quorum'
  | `sitting.${string}.title`
  | `sitting.${string}.date`
  | `sitting.${string}.period`
  | `speech.${SpeechKind}`;

export type DraftProblems = Partial<Record<DraftField, PlainMessageKey>>;

export interface ValidSession {
  council: string;
  councilLevel: CouncilLevel;
  term: string;
  number: number | null;
  kind: SessionKind;
  title: string;
  place: string;
  startDate: string;
  endDate: string;
  sittings: Array<{ key: string; title: string; date: string; period: SittingPeriod }>;
  voteLabels: VoteLabels;
  settings: {
    quorum: { numerator: number; denominator: number };
    speechLimitsMinutes: Record<SpeechKind, number>;
    allowBallotChange: boolean;
    guestsMayAnswer: boolean;
    defaultRule: (typeof RULE_PRESETS)[keyof typeof RULE_PRESETS];
  };
}

export type DraftCheck = { ok: true; value: ValidSession } | { ok: false; problems: DraftProblems };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TERM_YEARS = /^(\d{4})\s*[–-]\s*(\d{4})$/;

/** Every problem of the draft, keyed by field; a draft with none becomes the session's values. */
export function validateSessionDraft(draft: SessionDraft): DraftCheck {
  const problems: DraftProblems = {};
  const council = draft.council.trim();
  if (!council) problems.council = 'lobby.error.councilRequired';
  else if (council.length > TITLE_MAX) problems.council = 'lobby.error.tooLong';

  const termNumber = draft.termNumber.trim();
  if (!termNumber) problems.termNumber = 'lobby.error.termRequired';
  const years = draft.termYears.trim().match(TERM_YEARS);
  if (draft.termYears.trim() && (!years || Number(years[2]) <= Number(years[1]))) problems.termYears = 'lobby.error.termYears';
  const term = termText(draft.termNumber, draft.termYears);
  if (term.length > TERM_MAX) problems.termNumber = 'lobby.error.tooLong';

  const numberText = draft.number.trim();
  const number = parseWholeNumber(numberText);
  if (numberText && (number === null || number < 1 || number > 99)) problems.number = 'lobby.error.number';

  const title = draft.title.trim();
  if (!title) problems.title = 'lobby.error.titleRequired';
  else if (title.length > TITLE_MAX) problems.title = 'lobby.error.tooLong';
  if (draft.place.trim().length > TITLE_MAX) problems.place = 'lobby.error.tooLong';

  if (!isDate(draft.startDate)) problems.startDate = 'lobby.error.dateRequired';
  if (!isDate(draft.endDate)) problems.endDate = 'lobby.error.dateRequired';
  else if (isDate(draft.startDate) && draft.endDate < draft.startDate) problems.endDate = 'lobby.error.endBeforeStart';

  checkSittings(draft, problems);

  const numerator = parseWholeNumber(draft.quorumNumerator);
  const denominator = parseWholeNumber(draft.quorumDenominator);
  if (numerator === null || denominator === null || numerator < 1 || denominator > 100 || numerator > denominator) problems.quorum = 'lobby.error.quorum';

  const speechLimitsMinutes = {} as Record<SpeechKind, number>;
  for (const kind of SPEECH_KINDS) {
    const minutes = parseWholeNumber(draft.speechLimits[kind]);
    if (minutes === null || minutes < SPEECH_MINUTES.min || minutes > SPEECH_MINUTES.max) problems[`speech.${kind}`] = 'lobby.error.speechLimit';
    else speechLimitsMinutes[kind] = minutes;
  }

  if (Object.keys(problems).length > 0 || numerator === null || denominator === null) return { ok: false, problems };
  return {
    ok: true,
    value: {
      council,
      councilLevel: draft.councilLevel,
      term,
      number: numberText ? number : null,
      kind: draft.kind,
      title,
      place: draft.place.trim(),
      startDate: draft.startDate,
      endDate: draft.endDate,
      sittings: draft.sittings.map((sitting) => ({ key: sitting.key, title: sitting.title.trim(), date: sitting.date, period: sitting.period })),
      voteLabels: { ...LABEL_SETS[draft.labelSet] },
      settings: {
        quorum: { numerator, denominator },
        speechLimitsMinutes,
        allowBallotChange: draft.allowBallotChange,
        guestsMayAnswer: draft.guestsMayAnswer,
        defaultRule: RULE_PRESETS[draft.defaultRule],
      },
    },
  };
}

function checkSittings(draft: SessionDraft, problems: DraftProblems): void {
  if (draft.sittings.length === 0) problems.sittings = 'lobby.error.sittingsRequired';
  else if (draft.sittings.length > MAX_SITTINGS) problems.sittings = 'lobby.error.tooManySittings';
  const titles = new Set<string>();
  let previousDate = '';
  draft.sittings.forEach((sitting, index) => {
    const title = sitting.title.trim();
    if (!title) problems[`sitting.${sitting.key}.title`] = 'lobby.error.titleRequired';
    else if (title.length > TITLE_MAX) problems[`sitting.${sitting.key}.title`] = 'lobby.error.tooLong';
    else if (titles.has(title.toLocaleLowerCase('vi'))) problems[`sitting.${sitting.key}.title`] = 'lobby.error.sittingDuplicate';
    titles.add(title.toLocaleLowerCase('vi'));

    if (!isDate(sitting.date)) problems[`sitting.${sitting.key}.date`] = 'lobby.error.dateRequired';
    else if ((isDate(draft.startDate) && sitting.date < draft.startDate) || (isDate(draft.endDate) && sitting.date > draft.endDate)) {
      problems[`sitting.${sitting.key}.date`] = 'lobby.error.sittingOutsideDates';
    } else if (sitting.date < previousDate) problems[`sitting.${sitting.key}.date`] = 'lobby.error.sittingOrder';
    else if (draft.sittings.slice(0, index).some((other) => other.date === sitting.date && periodsOverlap(other.period, sitting.period))) {
      problems[`sitting.${sitting.key}.period`] = 'lobby.error.sittingSameSlot';
    }
    if (isDate(sitting.date) && sitting.date > previousDate) previousDate = sitting.date;
  });
}

/** Two sittings on one day clash unless one is in the morning and the other in the afternoon. */
function periodsOverlap(a: SittingPeriod, b: SittingPeriod): boolean {
  return a === b || a === 'allDay' || b === 'allDay';
}

/** A real calendar day written as YYYY-MM-DD (the round trip catches 30 February, which Date.parse rolls over). */
function isDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
