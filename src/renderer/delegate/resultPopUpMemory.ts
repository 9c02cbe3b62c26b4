/**
 * The pop-up rule of resultPopUp.ts, fed with what this page knows: the votes
 * it saw before their result, whether this device closed a result before,
 * and the hub's clock. A result that popped up stays until the delegate
 * closes it, even once it is no longer fresh.
 */
import type { PublishedVote, VoteInfo } from '../../shared/protocol';
import { resultSeen } from './ResultOverlay';
import { resultPopsUp } from './resultPopUp';

/** What this page life saw: votes open or closed before their result, and results that popped up. */
const seenBeforePublished = new Set<string>();
const poppedUp = new Set<string>();

/** Notes the votes now open or closed, so their results pop up on this page whenever they are published. */
export function noteUnpublishedVotes(votes: readonly VoteInfo[]): void {
  for (const vote of votes) if (vote.status === 'open' || vote.status === 'closed') seenBeforePublished.add(vote.id);
}

/** Whether the latest published result pops up now on this device. */
export function resultPopsUpHere(vote: PublishedVote, hubClockOffsetMs: number | null): boolean {
  if (resultSeen(vote.id)) return false;
  if (poppedUp.has(vote.id)) return true;
  const pops = resultPopsUp(vote, { seen: false, seenBeforePublished: seenBeforePublished.has(vote.id), hubNow: Date.now() + (hubClockOffsetMs ?? 0) });
  if (pops) poppedUp.add(vote.id);
  return pops;
}
