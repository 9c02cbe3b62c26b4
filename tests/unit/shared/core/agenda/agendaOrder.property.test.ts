/** The order rule holds whatever the secretary does: any run of agenda commands keeps each sitting in one block, in sitting order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, countSittingRuns, decide, isGroupedBySitting } from '../../../../../src/shared/core';
import type { Command, SessionState } from '../../../../../src/shared/protocol';
import { ctxFor, sequentialIds, sessionState } from '../fixtures';

/** One agenda command, with items and sittings picked by position so they usually exist. */
type Step =
  | { kind: 'add'; sitting: number; index: number | null }
  | { kind: 'move'; item: number; toIndex: number }
  | { kind: 'update'; item: number; sitting: number }
  | { kind: 'remove'; item: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), sitting: fc.nat(2), index: fc.option(fc.nat(12), { nil: null }) }),
  fc.record({ kind: fc.constant('move' as const), item: fc.nat(12), toIndex: fc.nat(12) }),
  fc.record({ kind: fc.constant('update' as const), item: fc.nat(12), sitting: fc.nat(2) }),
  fc.record({ kind: fc.constant('remove' as const), item: fc.nat(12) }),
);

function commandFor(state: SessionState, next: Step): Command {
  const sittingId = (index: number) => state.sittings[index]?.id ?? 'no-such-sitting';
  const itemId = (index: number) => state.agenda[index % Math.max(state.agenda.length, 1)]?.id ?? 'no-such-item';
  switch (next.kind) {
    case 'add':
      return {
        type: 'agenda.add',
        sittingId: sittingId(next.sitting),
        title: 'Mới',
        kind: 'report',
        presenter: '',
        notes: '',
        ...(next.index === null ? {} : { index: next.index }),
      };
    case 'move':
      return { type: 'agenda.move', itemId: itemId(next.item), toIndex: next.toIndex };
    case 'update':
      return { type: 'agenda.update', itemId: itemId(next.item), changes: { sittingId: sittingId(next.sitting) } };
    case 'remove':
      return { type: 'agenda.remove', itemId: itemId(next.item) };
  }
}

describe('agenda order rule (property)', () => {
  it('[G1] keeps every sitting contiguous and in sitting order after any sequence of add, move, update and remove', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const ctx = ctxFor('secretary', sequentialIds('p'));
        let state = sessionState();
        for (const next of steps) {
          const decision = decide(state, commandFor(state, next), ctx);
          if (decision.ok) state = decision.events.reduce(apply, state);
          expect(isGroupedBySitting(state.agenda, state.sittings)).toBe(true);
          expect(countSittingRuns(state.agenda)).toBe(new Set(state.agenda.map((item) => item.sittingId)).size);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('[G2] puts an added item without a position last in its sitting, before every later sitting', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.nat(1), (steps, sitting) => {
        const ctx = ctxFor('secretary', sequentialIds('p'));
        let state = sessionState();
        for (const next of steps) {
          const decision = decide(state, commandFor(state, next), ctx);
          if (decision.ok) state = decision.events.reduce(apply, state);
        }
        const sittingId = state.sittings[sitting]?.id ?? '';
        const decision = decide(state, { type: 'agenda.add', sittingId, title: 'Cuối', kind: 'report', presenter: '', notes: '' }, ctx);
        expect(decision.ok).toBe(true);
        const after = decision.ok ? decision.events.reduce(apply, state) : state;
        const ofSitting = after.agenda.filter((item) => item.sittingId === sittingId);
        expect(ofSitting[ofSitting.length - 1]?.title).toBe('Cuối');
        const rank = (id: string) => after.sittings.findIndex((candidate) => candidate.id === id);
        const added = after.agenda.findIndex((item) => item.title === 'Cuối');
        expect(after.agenda.slice(0, added).every((item) => rank(item.sittingId) <= sitting)).toBe(true);
        expect(after.agenda.slice(added + 1).every((item) => rank(item.sittingId) > sitting)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
