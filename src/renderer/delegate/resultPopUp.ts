/**
 * Which published result may pop up over an iPad (issue 12: old results kept
 * popping up, one per past vote on a newly joined iPad). Only the latest
 * published result is ever a candidate, and only once per device: closing it
 * never uncovers an older one. An iPad that did not see the vote before its
 * result (it joined or reloaded later) gets the pop-up only while the result
 * is fresh, published less than RECENT_RESULT_MS ago by the hub's clock;
 * older results stay in the agenda, not over the reader.
 */
import type { PublishedVote, VoteInfo } from '../../shared/protocol';

/** How long after publication a result still pops up on an iPad that did not see the vote itself. */
export const RECENT_RESULT_MS = 5 * 60_000;

/** The result published last (by its publication time, else its place in the list). */
export function latestPublishedVote(votes: readonly VoteInfo[]): PublishedVote | undefined {
  let latest: PublishedVote | undefined;
  for (const vote of votes) {
    if (vote.status !== 'published') continue;
    if (!latest || (vote.publishedAt ?? vote.closedAt) >= (latest.publishedAt ?? latest.closedAt)) latest = vote;
  }
  return latest;
}

export interface ResultPopUpContext {
  /** The delegate closed this result's pop-up on this device before. */
  seen: boolean;
  /** This page saw the vote open or closed, before its result was published. */
  seenBeforePublished: boolean;
  /** Now, by the hub's clock. */
  hubNow: number;
}

/** Whether `vote`, the latest published result, pops up now. */
export function resultPopsUp(vote: PublishedVote, { seen, seenBeforePublished, hubNow }: ResultPopUpContext): boolean {
  if (seen) return false;
  if (seenBeforePublished) return true;
  if (vote.publishedAt === undefined) return false;
  const age = hubNow - vote.publishedAt;
  return age >= -RECENT_RESULT_MS && age <= RECENT_RESULT_MS;
}
