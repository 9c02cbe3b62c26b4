import { describe, expect, it } from 'vitest';
import { apply, decide, DEADLINE_GRACE_SECONDS, tallyOf } from '../../../../../src/shared/core';
import type { Command, DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { ctxFor, NOW, sessionWithRoll, voteCreateCommand } from '../fixtures';

/** Ids for one decision: the vote is v1, its rows row1, row2… */
function ids(): () => string {
  let next = 0;
  return () => (next++ === 0 ? 'v1' : `row${next - 1}`);
}

function run(state: SessionState, command: Command, role: Parameters<typeof ctxFor>[0], voting = {}): SessionState {
  const decision = decide(state, command, ctxFor(role, ids(), voting));
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code} ${decision.message}`);
  return decision.events.reduce<SessionState>((next, event: DomainEvent) => apply(next, event), state);
}

function refusal(state: SessionState, command: Command, role: Parameters<typeof ctxFor>[0], voting = {}) {
  const decision = decide(state, command, ctxFor(role, () => 'v2', voting));
  return decision.ok ? null : decision.code;
}

const base = sessionWithRoll([1, 2]);
const created = run(base, voteCreateCommand(), 'secretary');
const open = run(created, { type: 'vote.open', voteId: 'v1' }, 'chair');
const ballot = (selections = [{ row: 'motion', option: 'for' }], seat = 1): Command => ({ type: 'vote.cast', voteId: 'v1', seat, ballotId: 'ballot-0001', selections });

describe('vote lifecycle', () => {
  it('[V9] goes created → open → closed → published', () => {
    expect(created.votes[0]?.status).toBe('created');
    expect(open.votes[0]).toMatchObject({ status: 'open', openedAt: NOW, seated: 2, present: 2, quorumMet: true });
    const tally = { participants: 2, counts: { motion: { for: 2, against: 0, abstain: 0 } } };
    const closed = run(open, { type: 'vote.close', voteId: 'v1' }, 'chair', { tally: () => tally, named: () => [{ seat: 1, selections: [] }] });
    expect(closed.votes[0]).toMatchObject({ status: 'closed', tally, named: [{ seat: 1, selections: [] }] });
    const published = run(closed, { type: 'vote.publish', voteId: 'v1' }, 'chair');
    expect(published.votes[0]?.status).toBe('published');
  });

  it('copies the session’s labels onto a new resolution', () => {
    const relabelled = run(base, { type: 'settings.setVoteLabels', labels: { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' } }, 'secretary');
    const vote = run(relabelled, voteCreateCommand(), 'secretary').votes[0];
    expect(vote?.options.map((o) => o.label)).toEqual(['Đồng ý', 'Không đồng ý', 'Phiếu trắng']);
  });

  it('[V9] can be cancelled while open or closed, keeping the reason; a cancelled vote stays in the record', () => {
    const cancelled = run(open, { type: 'vote.cancel', voteId: 'v1', reason: 'Sự cố mạng' }, 'chair');
    expect(cancelled.votes[0]).toMatchObject({ status: 'cancelled', cancelReason: 'Sự cố mạng' });
    expect(refusal(cancelled, { type: 'vote.open', voteId: 'v1' }, 'chair')).toBe('invalid');
  });

  it('[V9] refuses publishing before closing', () => {
    expect(refusal(open, { type: 'vote.publish', voteId: 'v1' }, 'chair')).toBe('not_closed');
  });

  it('refuses opening a second vote while one is open', () => {
    const second = run(open, voteCreateCommand({ title: 'Nghị quyết khác' }), 'secretary');
    expect(refusal(second, { type: 'vote.open', voteId: second.votes[1]?.id ?? '' }, 'chair')).toBe('invalid');
  });

  it('[V8] blocks an opening without quorum when the quorum blocks, and records it when it only warns', () => {
    const onePresent = sessionWithRoll([1]);
    const blocking = run(onePresent, voteCreateCommand({ quorum: { numerator: 2, denominator: 3, mode: 'block' } }), 'secretary');
    expect(refusal(blocking, { type: 'vote.open', voteId: 'v1' }, 'chair')).toBe('quorum_not_met');
    const warned = run(run(onePresent, voteCreateCommand(), 'secretary'), { type: 'vote.open', voteId: 'v1' }, 'chair');
    expect(warned.votes[0]).toMatchObject({ status: 'open', present: 1, quorumMet: false });
  });

  it('removes a prepared vote, but not one that was opened', () => {
    expect(run(created, { type: 'vote.remove', voteId: 'v1' }, 'secretary').votes).toEqual([]);
    expect(refusal(open, { type: 'vote.remove', voteId: 'v1' }, 'secretary')).toBe('invalid');
  });
});

describe('ballots', () => {
  it('are taken while the vote is open', () => {
    expect(refusal(open, ballot(), 'delegate')).toBeNull();
  });

  it('[V7] are refused for a vote not open yet, or closed', () => {
    expect(refusal(created, ballot(), 'delegate')).toBe('vote_not_open');
    const closed = run(open, { type: 'vote.close', voteId: 'v1' }, 'chair');
    expect(refusal(closed, ballot(), 'delegate')).toBe('vote_not_open');
  });

  it('[V7] are refused with an option that is not on the ballot', () => {
    expect(refusal(open, ballot([{ row: 'motion', option: 'maybe' }]), 'delegate')).toBe('invalid_choice');
    expect(refusal(open, ballot([{ row: 'elsewhere', option: 'for' }]), 'delegate')).toBe('invalid_choice');
    expect(refusal(open, ballot([]), 'delegate')).toBe('invalid_choice');
  });

  it('[V7] are refused for another seat', () => {
    expect(refusal(open, ballot(undefined, 2), 'delegate')).toBe('forbidden');
  });

  it('[V7] are refused after the countdown and its grace', () => {
    const timed = run(run(base, voteCreateCommand({ durationSeconds: 60 }), 'secretary'), { type: 'vote.open', voteId: 'v1' }, 'chair');
    const late = decide(timed, ballot(), { ...ctxFor('delegate'), now: NOW + (60 + DEADLINE_GRACE_SECONDS) * 1000 + 1 });
    expect(late).toMatchObject({ ok: false, code: 'vote_not_open' });
    expect(decide(timed, ballot(), { ...ctxFor('delegate'), now: NOW + 60_000 }).ok).toBe(true);
  });

  it('[V7] of an election take up to N candidates, not more', () => {
    const election = run(base, voteCreateCommand({ kind: 'election', secret: true, names: ['A', 'B', 'C'], maxChoices: 2 }), 'secretary');
    const opened = run(election, { type: 'vote.open', voteId: 'v1' }, 'chair');
    const rows = opened.votes[0]?.rows.map((row) => row.id) ?? [];
    const choose = (ids: string[]): Command => ({ type: 'vote.cast', voteId: 'v1', seat: 1, ballotId: 'ballot-0001', selections: ids.map((row) => ({ row, option: 'yes' })) });
    expect(refusal(opened, choose(rows.slice(0, 2)), 'delegate')).toBeNull();
    expect(refusal(opened, choose([]), 'delegate')).toBeNull();
    expect(refusal(opened, choose(rows), 'delegate')).toBe('too_many_choices');
  });

  it('[V7] of a confidence vote answer for every official', () => {
    const confidence = run(base, voteCreateCommand({ kind: 'confidence', secret: true, names: ['X', 'Y'] }), 'secretary');
    const opened = run(confidence, { type: 'vote.open', voteId: 'v1' }, 'chair');
    const [x, y] = opened.votes[0]?.rows.map((row) => row.id) ?? [];
    const cast = (selections: Array<{ row: string; option: string }>): Command => ({ type: 'vote.cast', voteId: 'v1', seat: 1, ballotId: 'ballot-0001', selections });
    expect(refusal(opened, cast([{ row: x ?? '', option: 'high' }, { row: y ?? '', option: 'low' }]), 'delegate')).toBeNull();
    expect(refusal(opened, cast([{ row: x ?? '', option: 'high' }]), 'delegate')).toBe('invalid_choice');
  });
});

describe('show of hands', () => {
  const hands = run(run(base, voteCreateCommand({ kind: 'hands' }), 'secretary'), { type: 'vote.open', voteId: 'v1' }, 'chair');

  it('takes counts from the secretary and closes with them', () => {
    const counted = run(hands, { type: 'vote.enterCounts', voteId: 'v1', counts: { for: 2, against: 0, abstain: 0 } }, 'secretary');
    const closed = run(counted, { type: 'vote.close', voteId: 'v1' }, 'chair');
    expect(tallyOf(closed.votes[0])).toEqual({ participants: 2, counts: { motion: { for: 2, against: 0, abstain: 0 } } });
  });

  it('refuses more hands than seated delegates, and closing before any count', () => {
    expect(refusal(hands, { type: 'vote.enterCounts', voteId: 'v1', counts: { for: 3, against: 0, abstain: 0 } }, 'secretary')).toBe('invalid');
    expect(refusal(hands, { type: 'vote.close', voteId: 'v1' }, 'chair')).toBe('invalid');
  });

  it('takes no ballots', () => {
    expect(refusal(hands, ballot(), 'delegate')).toBe('invalid_choice');
  });
});

describe('vote settings', () => {
  it('refuses an election with no candidates, and more seats than candidates', () => {
    expect(refusal(base, voteCreateCommand({ kind: 'election', names: [] }), 'secretary')).toBe('invalid');
    expect(refusal(base, voteCreateCommand({ kind: 'election', names: ['A'], maxChoices: 2 }), 'secretary')).toBe('invalid');
  });
});
