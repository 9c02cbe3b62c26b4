import { describe, expect, it } from 'vitest';
import { apply } from '../../../../../src/shared/core';
import { defaultRollSitting, momentOn, summarizeRoll, timeOfDay } from '../../../../../src/renderer/console/roll/rollSummary';
import { NOW, sessionState } from '../../../shared/core/fixtures';

describe('the roll tab’s counts', () => {
  it('counts present, excused, unexcused and unmarked seated delegates; a delegate who left is no longer present', () => {
    const state = sessionState();
    const sittingId = state.sittings[0]?.id ?? '';
    const entry = { reason: null, lateAt: null, source: 'secretary' as const, at: NOW };
    const marked = apply(apply(state, { type: 'attendance.set', sittingId, seat: 1, entry: { ...entry, mark: 'present', leftAt: null } }), {
      type: 'attendance.set',
      sittingId,
      seat: 2,
      entry: { ...entry, mark: 'absentExcused', reason: 'Ốm', leftAt: null },
    });
    expect(summarizeRoll(marked, sittingId)).toEqual({ present: 1, excused: 1, unexcused: 0, unmarked: 0 });
    const left = apply(marked, { type: 'attendance.set', sittingId, seat: 1, entry: { ...entry, mark: 'present', leftAt: NOW } });
    expect(summarizeRoll(left, sittingId)).toEqual({ present: 0, excused: 1, unexcused: 0, unmarked: 1 });
  });

  it('opens on the sitting in progress, else the first sitting held', () => {
    const state = sessionState();
    expect(defaultRollSitting(state)).toBe(state.sittings[0]?.id);
    const second = apply(state, { type: 'agenda.currentSet', itemId: state.agenda[2]?.id ?? null });
    expect(defaultRollSitting(second)).toBe(state.sittings[1]?.id);
  });

  it('reads a typed time on the sitting’s date and writes it back the same', () => {
    const moment = momentOn('2026-12-08', '14:05');
    expect(moment).not.toBeNull();
    expect(timeOfDay(moment ?? 0)).toBe('14:05');
    expect(momentOn('2026-12-08', '')).toBeNull();
  });
});
