import type { VoteInfo } from '../../shared/protocol';

/**
 * The latest vote this iPad shows over what it is reading. A delegate's seat
 * is asked for a ballot while the vote is open and told it awaits the result
 * once closed; a published result is shown to everyone (delegates and guests)
 * until they have seen it. With no voting seat (a guest), an open or closed
 * vote shows nothing at all.
 */
export function shownDeviceVote(votes: readonly VoteInfo[], votingSeat: number | null, resultSeen: (voteId: string) => boolean): VoteInfo | undefined {
  return [...votes]
    .reverse()
    .find((vote) => (votingSeat !== null && (vote.status === 'open' || vote.status === 'closed')) || (vote.status === 'published' && !resultSeen(vote.id)));
}
