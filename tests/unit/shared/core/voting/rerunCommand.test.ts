import { describe, expect, it } from 'vitest';
import { apply, decide, rerunCommand } from '../../../../../src/shared/core';
import type { Command, CommandOf, SessionState } from '../../../../../src/shared/protocol';
import { ctxFor, sessionWithRoll, sequentialIds, voteCreateCommand } from '../fixtures';

function run(state: SessionState, command: Command, role: 'secretary' | 'chair', prefix: string): SessionState {
  const decision = decide(state, command, ctxFor(role, sequentialIds(prefix)));
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code} ${decision.message}`);
  return decision.events.reduce(apply, state);
}

/** Prepares a vote, opens it and cancels it, returning the state and the cancelled vote's id. */
function cancelled(command: CommandOf<'vote.create'>): { state: SessionState; voteId: string } {
  let state = run(sessionWithRoll(), command, 'secretary', 'first');
  const voteId = state.votes[0]?.id ?? '';
  state = run(state, { type: 'vote.open', voteId }, 'chair', 'open');
  state = run(state, { type: 'vote.cancel', voteId, reason: 'Sai danh sách' }, 'chair', 'cancel');
  return { state, voteId };
}

describe('rerunCommand', () => {
  it('prepares a cancelled resolution again with the same settings', () => {
    const original = voteCreateCommand({
      title: 'Nghị quyết A',
      durationSeconds: 120,
      allowChange: true,
      quorum: { numerator: 2, denominator: 3, mode: 'block' },
    });
    const { state, voteId } = cancelled(original);
    const vote = state.votes.find((candidate) => candidate.id === voteId);
    if (!vote) throw new Error('no vote');
    expect(vote.status).toBe('cancelled');
    expect(rerunCommand(vote)).toEqual(original);
  });

  it('keeps the candidates and the number of choices of an election', () => {
    const original = voteCreateCommand({
      kind: 'election',
      secret: true,
      title: 'Bầu Phó Chủ tịch',
      names: ['Lê Văn C', 'Phạm Thị D'],
      maxChoices: 1,
    });
    const { state, voteId } = cancelled(original);
    const vote = state.votes.find((candidate) => candidate.id === voteId);
    if (!vote) throw new Error('no vote');
    const again = rerunCommand(vote);
    expect(again).toEqual(original);
    const rerun = run(state, again, 'secretary', 'again');
    const fresh = rerun.votes.find((candidate) => candidate.id !== voteId);
    expect(fresh?.status).toBe('created');
    expect(fresh?.rows.map((row) => row.label)).toEqual(['Lê Văn C', 'Phạm Thị D']);
  });
});
