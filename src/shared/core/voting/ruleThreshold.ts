/**
 * How many votes the rule needs, out of which base, as far as it is known:
 * the seated and present delegates are fixed when the vote opens, the number
 * who voted only when it closes. Before that, the rule can only be said in words.
 */
import type { VoteInfo } from '../../protocol';
import { votesNeeded } from './majority';

export interface RuleThreshold {
  /** The smallest count that meets the rule: 16 for "more than 1/2 of 30". */
  needed: number;
  /** The base it is counted on: 30. */
  of: number;
}

/**
 * The threshold of `vote`, or null while its base is unknown (a vote not yet
 * opened, or a rule on the votes cast before the count is known).
 * `cast` is the number who voted, once known.
 */
export function ruleThreshold(vote: VoteInfo, cast: number | null = null): RuleThreshold | null {
  if (vote.status === 'created') return null;
  const base = vote.rule.base === 'seated' ? vote.seated : vote.rule.base === 'present' ? vote.present : cast;
  if (base === null) return null;
  return { needed: votesNeeded(vote.rule, { seated: base, present: base, cast: base }), of: base };
}
