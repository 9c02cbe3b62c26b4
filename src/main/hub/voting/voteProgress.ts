import type { HubMessage, VoteInfo } from '../../../shared/protocol';
import type { BallotStore } from './ballotStore';

/** How far an open vote has got: ballots in, seats eligible, and for an open (named) vote the seats still to vote. */
export function voteProgress(vote: VoteInfo, store: BallotStore, seats: readonly number[]): Extract<HubMessage, { type: 'voteProgress' }> {
  if (vote.kind === 'hands') return { type: 'voteProgress', voteId: vote.id, cast: vote.status === 'open' ? (vote.handsCount?.participants ?? 0) : 0, eligible: seats.length, notVoted: null };
  const voted = store.participants(vote.id);
  const votedSet = new Set(voted);
  return {
    type: 'voteProgress',
    voteId: vote.id,
    cast: voted.length,
    eligible: seats.length,
    notVoted: vote.secret ? null : seats.filter((seat) => !votedSet.has(seat)),
  };
}
