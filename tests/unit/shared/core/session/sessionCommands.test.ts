/** Editing a preparing session: its info, sittings and settings. */
import { describe, expect, it } from 'vitest';
import { decide, isGroupedBySitting } from '../../../../../src/shared/core';
import type { Command, DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { commandSchema, DEFAULT_SESSION_SETTINGS } from '../../../../../src/shared/protocol';
import { applyAll, ctxFor, preparingState } from '../fixtures';

function secretary(state: SessionState, command: Command, ids: () => string = () => 'new-sitting') {
  return decide(state, command, ctxFor('secretary', ids));
}

function accepted(result: ReturnType<typeof decide>): DomainEvent[] {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

const state = preparingState();
const [sittingOne, sittingTwo] = state.sittings;
if (!sittingOne || !sittingTwo) throw new Error('fixture is missing sittings');

describe('session.update', () => {
  it('changes the council, term, number, kind, place and dates', () => {
    const changes = {
      council: 'HĐND tỉnh Thử Nghiệm',
      councilLevel: 'commune',
      term: 'Khóa XI, nhiệm kỳ 2026–2031',
      number: 3,
      kind: 'special',
      place: 'Hội trường tỉnh',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
    } as const;
    const next = applyAll(state, accepted(secretary(state, { type: 'session.update', changes })));
    expect(next.session).toMatchObject(changes);
    expect(next.session?.status).toBe('preparing');
  });

  it('records only the fields that change, and nothing when none does', () => {
    expect(accepted(secretary(state, { type: 'session.update', changes: { title: state.session?.title ?? '', place: 'Phòng họp số 2' } }))).toEqual([
      { type: 'session.updated', changes: { place: 'Phòng họp số 2' } },
    ]);
    expect(accepted(secretary(state, { type: 'session.update', changes: { place: state.session?.place ?? '' } }))).toEqual([]);
  });

  it('clears a date with null', () => {
    const dated = applyAll(state, accepted(secretary(state, { type: 'session.update', changes: { startDate: '2026-12-08' } })));
    expect(applyAll(dated, accepted(secretary(dated, { type: 'session.update', changes: { startDate: null } }))).session?.startDate).toBeNull();
  });

  it('refuses an end date before the start date', () => {
    expect(secretary(state, { type: 'session.update', changes: { startDate: '2026-12-09', endDate: '2026-12-08' } })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('the schema refuses an empty change, a blank title and a session number past 99', () => {
    expect(commandSchema.safeParse({ type: 'session.update', changes: {} }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'session.update', changes: { title: '   ' } }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'session.update', changes: { number: 100 } }).success).toBe(false);
  });
});

describe('sittings', () => {
  it('sitting.add adds a sitting with its date and period, in the order sittings are held', () => {
    const events = accepted(secretary(state, { type: 'sitting.add', title: 'Phiên sáng ngày đầu', date: '2026-12-08', period: 'morning' }));
    expect(events).toEqual([{ type: 'sitting.added', sitting: { id: 'new-sitting', title: 'Phiên sáng ngày đầu', date: '2026-12-08', period: 'morning' } }]);
    const next = applyAll(state, events);
    expect(next.sittings.map((sitting) => sitting.id)).toEqual([sittingOne.id, 'new-sitting', sittingTwo.id]);
    expect(isGroupedBySitting(next.agenda, next.sittings)).toBe(true);
  });

  it('an afternoon sitting comes after the morning of the same day', () => {
    const morning = applyAll(state, accepted(secretary(state, { type: 'sitting.add', title: 'Sáng', date: '2026-12-10', period: 'morning' }, () => 'morning')));
    const both = applyAll(morning, accepted(secretary(morning, { type: 'sitting.add', title: 'Chiều', date: '2026-12-10', period: 'afternoon' }, () => 'afternoon')));
    const reversed = applyAll(state, accepted(secretary(state, { type: 'sitting.add', title: 'Chiều', date: '2026-12-10', period: 'afternoon' }, () => 'afternoon')));
    const reversedBoth = applyAll(reversed, accepted(secretary(reversed, { type: 'sitting.add', title: 'Sáng', date: '2026-12-10', period: 'morning' }, () => 'morning')));
    expect(both.sittings.map((sitting) => sitting.id).slice(-2)).toEqual(['morning', 'afternoon']);
    expect(reversedBoth.sittings.map((sitting) => sitting.id).slice(-2)).toEqual(['morning', 'afternoon']);
  });

  it('sitting.update moving a sitting to another day reorders the sittings and keeps each sitting\'s items together', () => {
    const events = accepted(secretary(state, { type: 'sitting.update', sittingId: sittingOne.id, changes: { date: '2026-12-10' } }));
    const next = applyAll(state, events);
    expect(next.sittings.map((sitting) => sitting.id)).toEqual([sittingTwo.id, sittingOne.id]);
    expect(next.agenda.map((item) => item.title)).toEqual(['Bế mạc', 'Khai mạc', 'Báo cáo']);
    expect(isGroupedBySitting(next.agenda, next.sittings)).toBe(true);
  });

  it('sitting.update records only what changes', () => {
    expect(accepted(secretary(state, { type: 'sitting.update', sittingId: sittingOne.id, changes: { title: sittingOne.title, period: 'afternoon' } }))).toEqual([
      { type: 'sitting.updated', sittingId: sittingOne.id, changes: { period: 'afternoon' } },
    ]);
  });

  it('sitting.update and sitting.remove of an unknown sitting are refused with unknown_sitting', () => {
    expect(secretary(state, { type: 'sitting.update', sittingId: 'nope', changes: { title: 'X' } })).toMatchObject({ ok: false, code: 'unknown_sitting' });
    expect(secretary(state, { type: 'sitting.remove', sittingId: 'nope' })).toMatchObject({ ok: false, code: 'unknown_sitting' });
  });

  it('sitting.remove is refused with sitting_has_items while the sitting has items', () => {
    expect(secretary(state, { type: 'sitting.remove', sittingId: sittingTwo.id })).toMatchObject({ ok: false, code: 'sitting_has_items' });
  });

  it('sitting.remove removes an empty sitting', () => {
    const added = applyAll(state, accepted(secretary(state, { type: 'sitting.add', title: 'Dự phòng', date: '2026-12-11', period: 'allDay' }, () => 'spare')));
    const events = accepted(secretary(added, { type: 'sitting.remove', sittingId: 'spare' }));
    expect(applyAll(added, events).sittings).toEqual(state.sittings);
  });

  it('the last sitting is never removed', () => {
    const one = applyAll(state, [
      { type: 'agenda.itemRemoved', itemId: state.agenda[2]?.id ?? '' },
      { type: 'sitting.removed', sittingId: sittingTwo.id },
      ...state.agenda.slice(0, 2).map((item): DomainEvent => ({ type: 'agenda.itemRemoved', itemId: item.id })),
    ]);
    expect(secretary(one, { type: 'sitting.remove', sittingId: sittingOne.id })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('the schema refuses a sitting without a period or with an unknown one', () => {
    expect(commandSchema.safeParse({ type: 'sitting.add', title: 'Phiên', date: '2026-12-08' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'sitting.add', title: 'Phiên', date: '2026-12-08', period: 'evening' }).success).toBe(false);
  });
});

describe('settings.update', () => {
  it('a new session has the default settings: quorum 2/3, the usual speech limits, no changed ballots, more than 1/2 of seated', () => {
    expect(state.settings).toEqual(DEFAULT_SESSION_SETTINGS);
    expect(state.settings.speechLimitsMinutes).toEqual({ discussion: 7, question: 1, answer: 3, rebuttal: 3, pointOfOrder: 2, report: 15 });
  });

  it('changes the given settings and keeps the others', () => {
    const speechLimitsMinutes = { ...DEFAULT_SESSION_SETTINGS.speechLimitsMinutes, discussion: 10 };
    const events = accepted(secretary(state, { type: 'settings.update', changes: { allowBallotChange: true, speechLimitsMinutes } }));
    expect(events).toEqual([{ type: 'settings.updated', settings: { ...DEFAULT_SESSION_SETTINGS, allowBallotChange: true, speechLimitsMinutes } }]);
    expect(applyAll(state, events).settings.speechLimitsMinutes.discussion).toBe(10);
  });

  it('records nothing when nothing changes', () => {
    expect(accepted(secretary(state, { type: 'settings.update', changes: { allowBallotChange: false } }))).toEqual([]);
  });

  it('the schema refuses a quorum over 1, a speech limit of 0 or past 120 minutes, and an unknown setting', () => {
    expect(commandSchema.safeParse({ type: 'settings.update', changes: { quorum: { numerator: 4, denominator: 3 } } }).success).toBe(false);
    const limits = (discussion: number) => ({ type: 'settings.update', changes: { speechLimitsMinutes: { ...DEFAULT_SESSION_SETTINGS.speechLimitsMinutes, discussion } } });
    expect(commandSchema.safeParse(limits(0)).success).toBe(false);
    expect(commandSchema.safeParse(limits(121)).success).toBe(false);
    expect(commandSchema.safeParse(limits(120)).success).toBe(true);
    expect(commandSchema.safeParse({ type: 'settings.update', changes: { voteLabels: {} } }).success).toBe(false);
  });
});
