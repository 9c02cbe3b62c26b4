/**
 * A cancelled secret vote is never published, so its counts must not stay in
 * the ballot file: with one ballot cast, or all alike, they would name choices.
 */
import type { VoteInfo } from '../../../shared/protocol';
import type { Logger } from '../logger';
import type { BallotStore } from './ballotStore';

export function cancelledSecretVotes(votes: readonly VoteInfo[]): string[] {
  return votes.filter((vote) => vote.status === 'cancelled' && vote.secret).map((vote) => vote.id);
}

/** Discards the counts now; if the disk refuses, the next start does it (see startHub). */
export function discardCancelledCounts(store: BallotStore, voteIds: readonly string[], log: Logger): void {
  try {
    store.discardSecretCounts(voteIds);
  } catch (error) {
    log.error('the counts of a cancelled vote could not be discarded yet', { voteIds, error: String(error) });
  }
}
