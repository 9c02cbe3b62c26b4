/**
 * Facts the hub tells clients that are not session events: for staff, who is
 * online, who follows the presenter and how far open votes have got; for a
 * delegate, whether the hub holds their ballot in an open vote.
 */
import { countOnlineSeats, seatedSeats } from '../../shared/core';
import type { HubMessage, Principal } from '../../shared/protocol';
import type { SessionEngine } from './sessionEngine';
import type { BallotStore } from './voting/ballotStore';
import { voteProgress } from './voting/voteProgress';
import type { ClientRegistry } from './ws/clientRegistry';

export interface LiveFacts {
  /** Seated delegates with a connected device. */
  onlineSeats(): number;
  forStaff(): HubMessage[];
  forDelegate(principal: Principal): HubMessage[];
}

export function createLiveFacts(engine: SessionEngine, registry: ClientRegistry, ballots: BallotStore): LiveFacts {
  const openVotes = () => engine.state().votes.filter((vote) => vote.status === 'open');
  return {
    onlineSeats: () => countOnlineSeats(engine.state().seats, registry.onlinePrincipalIds()),
    forStaff: () => [
      { type: 'presence', online: registry.onlinePrincipalIds() },
      { type: 'following', following: registry.followingPrincipalIds() },
      // The seats the vote counted when it opened: a seat vacant by then neither votes nor is waited for.
      ...openVotes().map((vote) => voteProgress(vote, ballots, seatedSeats(engine.state().seats, vote.status === 'open' ? vote.openedAt : undefined).map((seat) => seat.seat))),
    ],
    forDelegate(principal) {
      const seat = principal.seat;
      if (seat === null) return [];
      return openVotes().map((vote) => ({ type: 'ballotStatus', voteId: vote.id, voted: ballots.hasVoted(vote.id, seat) }));
    },
  };
}
