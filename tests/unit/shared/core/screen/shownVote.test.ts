import { describe, expect, it } from 'vitest';
import { apply } from '../../../../../src/shared/core';
import type { DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { shownVote } from '../../../../../src/shared/core/screen/shownVote';
import { sessionState } from '../fixtures';

const tally = { participants: 1, counts: { motion: { for: 1, against: 0, abstain: 0 } } };
const base = sessionState();
const [first, second] = base.agenda;

function published(state: SessionState, itemId: string | null): SessionState {
  const events: DomainEvent[] = [
    {
      type: 'vote.created',
      vote: {
        status: 'created', id: 'v1', itemId, title: 'Nghị quyết', kind: 'resolution', secret: false, rows: [{ id: 'motion', label: 'Nghị quyết' }],
        options: [{ id: 'for', label: 'Tán thành' }, { id: 'against', label: 'Không tán thành' }, { id: 'abstain', label: 'Không biểu quyết' }],
        maxChoices: 1, rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' }, quorum: { numerator: 2, denominator: 3, mode: 'warn' }, durationSeconds: null, allowChange: false,
      },
    },
    { type: 'vote.opened', voteId: 'v1', openedAt: 1, seated: 2, present: 2, quorumMet: true },
    { type: 'vote.closed', voteId: 'v1', closedAt: 2, tally, named: [] },
    { type: 'vote.published', voteId: 'v1', tally },
  ];
  return events.reduce(apply, state);
}

const onItem = (state: SessionState, itemId: string | null) => apply(state, { type: 'agenda.currentSet', itemId });
const neverShown = () => undefined;

describe('the vote the big screen shows', () => {
  it('keeps a result on screen while its item is current, and leaves it when the secretary moves on', () => {
    const state = published(onItem(base, first?.id ?? null), first?.id ?? null);
    expect(shownVote(state, neverShown)?.id).toBe('v1');
    expect(shownVote(onItem(state, second?.id ?? null), neverShown)).toBeUndefined();
  });

  it('leaves a result attached to no item when the current item changes from the one it was shown on', () => {
    const state = published(onItem(base, first?.id ?? null), null);
    expect(shownVote(state, neverShown)?.id).toBe('v1');
    expect(shownVote(state, () => first?.id ?? null)?.id).toBe('v1');
    expect(shownVote(onItem(state, second?.id ?? null), () => first?.id ?? null)).toBeUndefined();
  });

  it('gives way to a presented page', () => {
    const state = published(onItem(base, first?.id ?? null), first?.id ?? null);
    expect(shownVote(apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 1, offset: 0 } }), neverShown)).toBeUndefined();
  });
});
