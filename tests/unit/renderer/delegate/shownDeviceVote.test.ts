import { describe, expect, it } from 'vitest';
import { apply } from '../../../../src/shared/core';
import type { DomainEvent, SessionState, VoteInfo } from '../../../../src/shared/protocol';
import { shownDeviceVote } from '../../../../src/renderer/delegate/shownDeviceVote';
import { sessionState } from '../../shared/core/fixtures';

const tally = { participants: 1, counts: { motion: { for: 1, against: 0, abstain: 0 } } };
const GUEST_SEAT = null;
const DELEGATE_SEAT = 3;
/** Every published result may pop up (nothing closed on this device yet). */
const nothingSeen = () => true;

/** A resolution taken as far as `until` through the shared reducer, as every iPad holds it. */
function voteUntil(until: 'open' | 'closed' | 'published', id = 'v1', state: SessionState = sessionState()): SessionState {
  const events: DomainEvent[] = [
    {
      type: 'vote.created',
      vote: {
        status: 'created', id, itemId: null, title: 'Nghị quyết', kind: 'resolution', secret: false, rows: [{ id: 'motion', label: 'Nghị quyết' }],
        options: [{ id: 'for', label: 'Tán thành' }, { id: 'against', label: 'Không tán thành' }, { id: 'abstain', label: 'Không biểu quyết' }],
        maxChoices: 1, rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' }, quorum: { numerator: 2, denominator: 3, mode: 'warn' }, durationSeconds: null, allowChange: false,
      },
    },
    { type: 'vote.opened', voteId: id, openedAt: 1, seated: 2, present: 2, quorumMet: true },
  ];
  if (until !== 'open') events.push({ type: 'vote.closed', voteId: id, closedAt: 2, tally: null, named: null });
  if (until === 'published') events.push({ type: 'vote.published', voteId: id, tally });
  return events.reduce(apply, state);
}

const votesOf = (state: SessionState): VoteInfo[] => state.votes;

describe('the vote an iPad shows over its reading', () => {
  it('gives a delegate the open vote to answer', () => {
    expect(shownDeviceVote(votesOf(voteUntil('open')), DELEGATE_SEAT, nothingSeen)?.status).toBe('open');
  });

  it('shows a guest no open vote: no ballot, no prompt', () => {
    expect(shownDeviceVote(votesOf(voteUntil('open')), GUEST_SEAT, nothingSeen)).toBeUndefined();
  });

  it('shows a guest no closed vote awaiting its result, so no "not voted" or "awaiting" state either', () => {
    expect(shownDeviceVote(votesOf(voteUntil('closed')), GUEST_SEAT, nothingSeen)).toBeUndefined();
    expect(shownDeviceVote(votesOf(voteUntil('closed')), DELEGATE_SEAT, nothingSeen)?.status).toBe('closed');
  });

  it('shows a published result to a guest as to everyone, until it has been seen', () => {
    const votes = votesOf(voteUntil('published'));
    expect(shownDeviceVote(votes, GUEST_SEAT, nothingSeen)?.status).toBe('published');
    expect(shownDeviceVote(votes, GUEST_SEAT, (vote) => vote.id !== 'v1')).toBeUndefined();
  });

  it('shows a guest the earlier published result while a later vote is open for the delegates', () => {
    const votes = votesOf(voteUntil('open', 'v2', voteUntil('published', 'v1')));
    expect(shownDeviceVote(votes, GUEST_SEAT, nothingSeen)?.id).toBe('v1');
    expect(shownDeviceVote(votes, DELEGATE_SEAT, nothingSeen)?.id).toBe('v2');
  });

  it('offers only the latest published result: once it has popped up and been closed, an older unseen one never shows', () => {
    const votes = votesOf(voteUntil('published', 'v2', voteUntil('published', 'v1')));
    const asked: string[] = [];
    expect(shownDeviceVote(votes, GUEST_SEAT, (vote) => (asked.push(vote.id), true))?.id).toBe('v2');
    expect(shownDeviceVote(votes, DELEGATE_SEAT, (vote) => (asked.push(vote.id), false))).toBeUndefined();
    expect(asked).toEqual(['v2', 'v2']);
  });
});
