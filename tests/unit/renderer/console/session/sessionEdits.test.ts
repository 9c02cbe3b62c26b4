import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../../src/shared/core';
import type { SessionState } from '../../../../../src/shared/protocol';
import { addSitting, removeSitting } from '../../../../../src/renderer/console/lobby/sessionDraft';
import type { SessionDraft } from '../../../../../src/renderer/console/lobby/sessionDraft';
import { validateSessionDraft } from '../../../../../src/renderer/console/lobby/validateSessionDraft';
import { draftFromState } from '../../../../../src/renderer/console/session/draftFromState';
import { sessionEdits } from '../../../../../src/renderer/console/session/sessionEdits';

const preparing: SessionState = {
  ...initialState,
  session: {
    id: 'k2',
    title: 'Kỳ họp thứ Hai',
    council: 'Hội đồng nhân dân tỉnh Hưng Yên',
    place: 'Hội trường tỉnh',
    termId: 'term-xi',
    councilLevel: 'province',
    term: 'Khóa XI, nhiệm kỳ 2026–2031',
    number: 2,
    kind: 'regular',
    startDate: '2026-12-08',
    endDate: '2026-12-09',
    status: 'preparing',
  },
  sittings: [
    { id: 'p1', title: 'Phiên thứ nhất', date: '2026-12-08', period: 'allDay' },
    { id: 'p2', title: 'Phiên thứ hai', date: '2026-12-09', period: 'allDay' },
  ],
};

function editsFor(edit: (draft: SessionDraft) => SessionDraft, state: SessionState = preparing) {
  const initial = draftFromState(state);
  const draft = edit(initial);
  const check = validateSessionDraft(draft);
  if (!check.ok) throw new Error(`draft has problems: ${JSON.stringify(check.problems)}`);
  return sessionEdits(state, initial, check.value, draft);
}

describe('the session tab sends only what changed', () => {
  it('sends nothing when the form is saved untouched', () => {
    expect(editsFor((draft) => draft)).toEqual([]);
  });

  it('reads the stored session back into the form field by field', () => {
    const draft = draftFromState(preparing);
    expect(draft).toMatchObject({ council: 'Hội đồng nhân dân tỉnh Hưng Yên', termNumber: 'XI', termYears: '2026–2031', number: '2', startDate: '2026-12-08', labelSet: 'tanThanh', defaultRule: 'half_seated', quorumNumerator: '2', quorumDenominator: '3' });
    expect(draft.sittings.map((sitting) => sitting.key)).toEqual(['p1', 'p2']);
  });

  it('puts changed session fields into one session.update', () => {
    expect(editsFor((draft) => ({ ...draft, place: 'Nhà văn hóa tỉnh', termNumber: 'XII', number: '' }))).toEqual([
      { type: 'session.update', changes: { term: 'Khóa XII, nhiệm kỳ 2026–2031', number: null, place: 'Nhà văn hóa tỉnh' } },
    ]);
  });

  it('updates a changed sitting by its id, adds a new one, and removes a dropped one last', () => {
    const commands = editsFor((draft) => {
      const changed = { ...draft, sittings: draft.sittings.map((sitting) => (sitting.key === 'p2' ? { ...sitting, period: 'morning' as const } : sitting)) };
      const withAfternoon = addSitting(changed, 'new-1');
      const dated = { ...withAfternoon, sittings: withAfternoon.sittings.map((sitting) => (sitting.key === 'new-1' ? { ...sitting, date: '2026-12-09', period: 'afternoon' as const, title: 'Phiên bế mạc', titleEdited: true } : sitting)) };
      // The added sitting first lands the day after the last one, which moves the closing day; the secretary moves both back.
      return removeSitting({ ...dated, endDate: '2026-12-09' }, 'p1');
    });
    expect(commands).toEqual([
      { type: 'sitting.update', sittingId: 'p2', changes: { period: 'morning' } },
      { type: 'sitting.add', title: 'Phiên bế mạc', date: '2026-12-09', period: 'afternoon' },
      { type: 'sitting.remove', sittingId: 'p1' },
    ]);
  });

  it('puts changed settings into one settings.update, and sends the vote labels only when another set was picked', () => {
    const commands = editsFor((draft) => ({ ...draft, quorumNumerator: '1', quorumDenominator: '2', allowBallotChange: true, defaultRule: 'two_thirds_seated', labelSet: 'dongY', speechLimits: { ...draft.speechLimits, answer: '5' } }));
    expect(commands).toEqual([
      {
        type: 'settings.update',
        changes: {
          quorum: { numerator: 1, denominator: 2 },
          speechLimitsMinutes: { discussion: 7, question: 1, answer: 5, rebuttal: 3, pointOfOrder: 2, report: 15 },
          allowBallotChange: true,
          defaultRule: { numerator: 2, denominator: 3, comparison: 'at_least', base: 'seated' },
        },
      },
      { type: 'settings.setVoteLabels', labels: { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' } },
    ]);
  });

  it('keeps labels typed in the votes tab when an unrelated field is saved', () => {
    const custom: SessionState = { ...preparing, voteLabels: { for: 'Nhất trí', against: 'Không nhất trí', abstain: 'Không ý kiến' } };
    expect(editsFor((draft) => ({ ...draft, place: 'Hội trường mới' }), custom)).toEqual([{ type: 'session.update', changes: { place: 'Hội trường mới' } }]);
  });
});
