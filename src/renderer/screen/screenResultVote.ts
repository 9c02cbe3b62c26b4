/**
 * The vote the result mode shows: the one `auto` would show (an open vote, or
 * the result of the current item); when the secretary picks the mode by hand,
 * else the latest vote that was opened and not cancelled.
 */
import { shownVote } from '../../shared/core';
import type { SessionState, VoteInfo } from '../../shared/protocol';

export function screenResultVote(state: SessionState, itemWhenFirstShown: (voteId: string) => string | null | undefined): VoteInfo | undefined {
  const followed = shownVote(state, itemWhenFirstShown);
  if (followed) return followed;
  return [...state.votes].reverse().find((vote) => vote.status === 'open' || vote.status === 'closed' || vote.status === 'published');
}
