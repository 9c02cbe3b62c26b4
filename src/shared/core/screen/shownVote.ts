/**
 * Which vote the big screen shows. An open vote always takes the screen. A
 * closed or published result stays while the hall is still on its agenda
 * item, and leaves as soon as the secretary moves to another item (or starts
 * presenting, or prepares the next vote). A vote attached to no item leaves
 * when the current item changes from the one it was first shown on.
 */
import type { SessionState, VoteInfo } from '../../protocol';

/**
 * @param itemWhenFirstShown the current item when this screen first showed the
 *   latest result (null when no item was current), or undefined if it has not yet.
 */
export function shownVote(state: SessionState, itemWhenFirstShown: (voteId: string) => string | null | undefined): VoteInfo | undefined {
  const open = state.votes.find((vote) => vote.status === 'open');
  if (open) return open;
  if (state.presentation) return undefined;
  const latest = state.votes.at(-1);
  if (!latest || (latest.status !== 'closed' && latest.status !== 'published')) return undefined;
  if (latest.itemId !== null) return latest.itemId === state.currentItemId ? latest : undefined;
  const firstShownAt = itemWhenFirstShown(latest.id);
  return firstShownAt === undefined || firstShownAt === state.currentItemId ? latest : undefined;
}
