import { describe, expect, it } from 'vitest';
import { addSitting, emptySessionDraft } from '../../../../../src/renderer/console/lobby/sessionDraft';
import type { SessionDraft } from '../../../../../src/renderer/console/lobby/sessionDraft';
import { validateSessionDraft } from '../../../../../src/renderer/console/lobby/validateSessionDraft';
import type { DraftProblems } from '../../../../../src/renderer/console/lobby/validateSessionDraft';

/** A complete draft: a province council, a regular session over two days, two sittings. */
function goodDraft(): SessionDraft {
  const base: SessionDraft = {
    ...emptySessionDraft(),
    council: 'Hội đồng nhân dân tỉnh Hưng Yên',
    termNumber: 'XI',
    termYears: '2026–2031',
    number: '2',
    place: 'Hội trường tỉnh',
    startDate: '2026-12-08',
    endDate: '2026-12-09',
  };
  const twoSittings = addSitting({ ...base, sittings: base.sittings.map((sitting) => ({ ...sitting, date: '2026-12-08' })) }, 's2');
  return { ...twoSittings, title: 'Kỳ họp thứ Hai', titleEdited: true };
}

function problemsOf(draft: SessionDraft): DraftProblems {
  const check = validateSessionDraft(draft);
  return check.ok ? {} : check.problems;
}

function withSitting(draft: SessionDraft, index: number, changes: Partial<SessionDraft['sittings'][number]>): SessionDraft {
  return { ...draft, sittings: draft.sittings.map((sitting, i) => (i === index ? { ...sitting, ...changes } : sitting)) };
}

describe('validateSessionDraft', () => {
  it('turns a complete draft into the session values, with the term written out and the usual settings', () => {
    const check = validateSessionDraft(goodDraft());
    expect(check).toEqual({
      ok: true,
      value: {
        council: 'Hội đồng nhân dân tỉnh Hưng Yên',
        councilLevel: 'province',
        term: 'Khóa XI, nhiệm kỳ 2026–2031',
        number: 2,
        kind: 'regular',
        title: 'Kỳ họp thứ Hai',
        place: 'Hội trường tỉnh',
        startDate: '2026-12-08',
        endDate: '2026-12-09',
        sittings: [
          { key: 's1', title: 'Phiên thứ nhất', date: '2026-12-08', period: 'allDay' },
          { key: 's2', title: 'Phiên thứ hai', date: '2026-12-09', period: 'allDay' },
        ],
        voteLabels: { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' },
        settings: {
          quorum: { numerator: 2, denominator: 3 },
          speechLimitsMinutes: { discussion: 7, question: 1, answer: 3, rebuttal: 3, pointOfOrder: 2, report: 15 },
          allowBallotChange: false,
          guestsMayAnswer: false,
          defaultRule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
        },
      },
    });
  });

  it('offers the other label set councils use', () => {
    const check = validateSessionDraft({ ...goodDraft(), labelSet: 'dongY' });
    expect(check.ok && check.value.voteLabels).toEqual({ for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' });
  });

  it('stores an empty session number as none', () => {
    const check = validateSessionDraft({ ...goodDraft(), number: ' ' });
    expect(check.ok && check.value.number).toBeNull();
  });

  it('asks for the council name and term, and refuses names of spaces only', () => {
    expect(problemsOf({ ...goodDraft(), council: '   ', termNumber: ' ' })).toEqual({ council: 'lobby.error.councilRequired', termNumber: 'lobby.error.termRequired' });
  });

  it('refuses term years that are not a start and a later end', () => {
    expect(problemsOf({ ...goodDraft(), termYears: '2031–2026' })).toEqual({ termYears: 'lobby.error.termYears' });
    expect(problemsOf({ ...goodDraft(), termYears: 'khóa mới' })).toEqual({ termYears: 'lobby.error.termYears' });
    expect(problemsOf({ ...goodDraft(), termYears: '2026-2031' })).toEqual({});
  });

  it('refuses a session number outside 1 to 99 or not a whole number', () => {
    for (const number of ['0', '100', '2.5', 'hai', '-1']) expect(problemsOf({ ...goodDraft(), number })).toEqual({ number: 'lobby.error.number' });
  });

  it('asks for a title and refuses one longer than the session keeps', () => {
    expect(problemsOf({ ...goodDraft(), title: '  ' })).toEqual({ title: 'lobby.error.titleRequired' });
    expect(problemsOf({ ...goodDraft(), title: 'K'.repeat(301) })).toEqual({ title: 'lobby.error.tooLong' });
  });

  it('asks for both dates and refuses a closing day before the opening day', () => {
    expect(problemsOf({ ...goodDraft(), endDate: '' })).toMatchObject({ endDate: 'lobby.error.dateRequired' });
    expect(problemsOf({ ...goodDraft(), startDate: '2026-12-10', endDate: '2026-12-09' })).toMatchObject({ endDate: 'lobby.error.endBeforeStart' });
    expect(problemsOf({ ...goodDraft(), startDate: '2026-02-30' })).toMatchObject({ startDate: 'lobby.error.dateRequired' });
  });

  it('needs at least one sitting', () => {
    expect(problemsOf({ ...goodDraft(), sittings: [] })).toEqual({ sittings: 'lobby.error.sittingsRequired' });
  });

  it('puts a sitting problem next to that sitting: no title, the same title twice, a date outside the session', () => {
    expect(problemsOf(withSitting(goodDraft(), 1, { title: ' ' }))).toEqual({ 'sitting.s2.title': 'lobby.error.titleRequired' });
    expect(problemsOf(withSitting(goodDraft(), 1, { title: 'phiên thứ NHẤT' }))).toEqual({ 'sitting.s2.title': 'lobby.error.sittingDuplicate' });
    expect(problemsOf(withSitting(goodDraft(), 1, { date: '2026-12-10' }))).toEqual({ 'sitting.s2.date': 'lobby.error.sittingOutsideDates' });
    expect(problemsOf(withSitting(goodDraft(), 1, { date: '' }))).toEqual({ 'sitting.s2.date': 'lobby.error.dateRequired' });
  });

  it('refuses sittings out of date order', () => {
    const draft = withSitting(withSitting(goodDraft(), 0, { date: '2026-12-09' }), 1, { date: '2026-12-08' });
    expect(problemsOf(draft)).toEqual({ 'sitting.s2.date': 'lobby.error.sittingOrder' });
  });

  it('lets a morning and an afternoon sitting share a day, but not two all-day sittings', () => {
    const sameDay = withSitting(goodDraft(), 1, { date: '2026-12-08' });
    expect(problemsOf(sameDay)).toEqual({ 'sitting.s2.period': 'lobby.error.sittingSameSlot' });
    const halves = withSitting(withSitting(sameDay, 0, { period: 'morning' }), 1, { period: 'afternoon' });
    expect(problemsOf(halves)).toEqual({});
  });

  it('refuses a quorum that is not a fraction of at most one', () => {
    expect(problemsOf({ ...goodDraft(), quorumNumerator: '4', quorumDenominator: '3' })).toEqual({ quorum: 'lobby.error.quorum' });
    expect(problemsOf({ ...goodDraft(), quorumNumerator: '0' })).toEqual({ quorum: 'lobby.error.quorum' });
    expect(problemsOf({ ...goodDraft(), quorumDenominator: '' })).toEqual({ quorum: 'lobby.error.quorum' });
  });

  it('refuses a speech limit outside 1 to 120 minutes, naming the kind of speech', () => {
    const draft = goodDraft();
    expect(problemsOf({ ...draft, speechLimits: { ...draft.speechLimits, answer: '0', report: '121' } })).toEqual({
      'speech.answer': 'lobby.error.speechLimit',
      'speech.report': 'lobby.error.speechLimit',
    });
  });

  it('reports every problem at once, so the secretary sees them all before sending', () => {
    expect(Object.keys(problemsOf({ ...goodDraft(), council: '', title: '', endDate: '', quorumNumerator: 'x' })).sort()).toEqual(['council', 'endDate', 'quorum', 'title']);
  });
});
