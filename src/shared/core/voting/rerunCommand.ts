import type { CommandOf, VoteInfo } from '../../protocol';

/**
 * The command that prepares a cancelled vote again: the same settings, the same
 * names (candidates or officials), a fresh vote with no ballots.
 */
export function rerunCommand(vote: VoteInfo): CommandOf<'vote.create'> {
  return {
    type: 'vote.create',
    itemId: vote.itemId,
    title: vote.title,
    kind: vote.kind,
    secret: vote.secret,
    names: vote.kind === 'election' || vote.kind === 'confidence' ? vote.rows.map((row) => row.label) : [],
    maxChoices: vote.kind === 'election' ? vote.maxChoices : 1,
    rule: vote.rule,
    quorum: vote.quorum,
    durationSeconds: vote.durationSeconds,
    allowChange: vote.allowChange,
  };
}
