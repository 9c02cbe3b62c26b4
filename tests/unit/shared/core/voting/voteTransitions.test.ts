import { describe, expect, it } from 'vitest';
import { apply, decide, projectState } from '../../../../../src/shared/core';
import type { Command, SessionState, VoteInfo } from '../../../../../src/shared/protocol';
import { sessionStateSchema, voteInfoSchema } from '../../../../../src/shared/protocol';
import { ctxFor, NOW, sessionWithRoll, voteCreateCommand } from '../fixtures';

function run(state: SessionState, command: Command, role: Parameters<typeof ctxFor>[0], voting = {}): SessionState {
  const decision = decide(state, command, ctxFor(role, () => 'v1', voting));
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code}`);
  return decision.events.reduce(apply, state);
}

const tally = { participants: 2, counts: { motion: { for: 2, against: 0, abstain: 0 } } };
const created = run(sessionWithRoll(), voteCreateCommand(), 'secretary');
const open = run(created, { type: 'vote.open', voteId: 'v1' }, 'chair');
const closed = run(open, { type: 'vote.close', voteId: 'v1' }, 'chair', { tally: () => tally, named: () => [{ seat: 1, selections: [{ row: 'motion', option: 'for' }] }] });
const published = run(closed, { type: 'vote.publish', voteId: 'v1' }, 'chair');
const cancelled = run(closed, { type: 'vote.cancel', voteId: 'v1', reason: 'Sự cố' }, 'chair');

const keysOf = (state: SessionState) => Object.keys(state.votes[0] as VoteInfo).sort();
const settingKeys = ['allowChange', 'durationSeconds', 'id', 'itemId', 'kind', 'maxChoices', 'options', 'quorum', 'rows', 'rule', 'secret', 'status', 'title'];
const openingKeys = ['openedAt', 'present', 'quorumMet', 'seated'];

describe('a vote is a union on its status', () => {
  it('a created vote carries its settings and nothing of an opening, a tally or a reason', () => {
    expect(keysOf(created)).toEqual(settingKeys.sort());
  });

  it('an open vote carries the bases recorded at the opening and no tally', () => {
    expect(keysOf(open)).toEqual([...settingKeys, ...openingKeys, 'handsCount'].sort());
    expect(open.votes[0]).toMatchObject({ status: 'open', openedAt: NOW, seated: 2, present: 2, quorumMet: true, handsCount: null });
  });

  it('[B5] a closed and a published vote carry the bases, the close time, the tally and the named list; a published one its publication time', () => {
    expect(keysOf(closed)).toEqual([...settingKeys, ...openingKeys, 'closedAt', 'tally', 'named'].sort());
    expect(keysOf(published)).toEqual([...keysOf(closed), 'publishedAt'].sort());
    expect(published.votes[0]).toMatchObject({ status: 'published', tally, closedAt: NOW, publishedAt: NOW });
  });

  it('[V9] a cancelled vote keeps its reason and bases, and drops the tally so no result of it can be shown', () => {
    expect(keysOf(cancelled)).toEqual([...settingKeys, ...openingKeys, 'cancelReason'].sort());
  });

  it('every state of the lifecycle passes the state schema, for staff and for delegates', () => {
    for (const state of [created, open, closed, published, cancelled]) {
      expect(sessionStateSchema.safeParse(state).success).toBe(true);
      expect(sessionStateSchema.safeParse(projectState(state, 'delegate')).success).toBe(true);
    }
  });

  it('an event that does not fit the status changes nothing (replay never fails)', () => {
    expect(apply(created, { type: 'vote.published', voteId: 'v1', tally })).toEqual(created);
    expect(apply(published, { type: 'vote.opened', voteId: 'v1', openedAt: 5, seated: 1, present: 1, quorumMet: true })).toEqual(published);
  });

  it('the entered counts of a show of hands do not survive into the closed vote except as its tally', () => {
    const hands = run(run(sessionWithRoll(), voteCreateCommand({ kind: 'hands' }), 'secretary'), { type: 'vote.open', voteId: 'v1' }, 'chair');
    const counted = run(hands, { type: 'vote.enterCounts', voteId: 'v1', counts: { for: 2, against: 0, abstain: 0 } }, 'secretary');
    expect(counted.votes[0]).toMatchObject({ status: 'open', handsCount: tally });
    expect(projectState(counted, 'delegate').votes[0]).toMatchObject({ handsCount: null });
    const handsClosed = run(counted, { type: 'vote.close', voteId: 'v1' }, 'chair');
    expect(handsClosed.votes[0]).toMatchObject({ status: 'closed', tally });
    expect(Object.keys(handsClosed.votes[0] as VoteInfo)).not.toContain('handsCount');
  });
});

describe('the vote schema refuses an impossible vote', () => {
  const good = closed.votes[0] as VoteInfo;

  it('a published vote without a tally', () => {
    expect(voteInfoSchema.safeParse({ ...good, status: 'published', tally: null }).success).toBe(false);
  });

  it('an open vote with a close time or a tally', () => {
    const { closedAt: _closedAt, tally: _tally, named: _named, ...rest } = good as Extract<VoteInfo, { status: 'closed' }>;
    expect(voteInfoSchema.safeParse({ ...rest, status: 'open', handsCount: null }).success).toBe(true);
    expect(voteInfoSchema.safeParse({ ...rest, status: 'open', handsCount: null, closedAt: 1 }).success).toBe(false);
    expect(voteInfoSchema.safeParse({ ...rest, status: 'open', handsCount: null, tally }).success).toBe(false);
  });

  it('a closed vote without the bases of its result', () => {
    const { seated: _seated, ...withoutSeated } = good as Extract<VoteInfo, { status: 'closed' }>;
    expect(voteInfoSchema.safeParse(withoutSeated).success).toBe(false);
  });

  it('a created vote with a cancel reason, or with the nullable fields of protocol 1', () => {
    const settings = created.votes[0] as VoteInfo;
    expect(voteInfoSchema.safeParse({ ...settings, cancelReason: 'x' }).success).toBe(false);
    expect(voteInfoSchema.safeParse({ ...settings, openedAt: null, tally: null }).success).toBe(false);
  });

  it('[V3] a secret ballot with a named list, or one that can be changed', () => {
    expect(voteInfoSchema.safeParse({ ...good, secret: true }).success).toBe(false);
    expect(voteInfoSchema.safeParse({ ...good, secret: true, named: null }).success).toBe(true);
    expect(voteInfoSchema.safeParse({ ...good, secret: true, named: null, allowChange: true }).success).toBe(false);
  });

  it('an open resolution with entered hands', () => {
    expect(voteInfoSchema.safeParse({ ...(open.votes[0] as VoteInfo), handsCount: tally }).success).toBe(false);
  });
});
