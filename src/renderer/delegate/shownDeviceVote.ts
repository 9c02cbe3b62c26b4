import type { PublishedVote, VoteInfo } from '../../shared/protocol';
import { latestPublishedVote } from './resultPopUp';

/**
 * The latest vote this iPad shows over what it is reading. A delegate's seat
 * is asked for a ballot while the vote is open and told it awaits the result
 * once closed; a published result is shown to everyone (delegates and guests),
 * but only the latest published one, and only while `popsUp` says so (see
 * resultPopUp.ts). With no voting seat (a guest), an open or closed vote shows
 * nothing at all.
 */
export function shownDeviceVote(votes: readonly VoteInfo[], votingSeat: number | null, popsUp: (vote: PublishedVote) => boolean): VoteInfo | undefined {
  const latestResult = latestPublishedVote(votes);
  return [...votes]
    .reverse()
    .find((vote) => (votingSeat !== null && (vote.status === 'open' || vote.status === 'closed')) || (vote === latestResult && popsUp(latestResult)));
}
