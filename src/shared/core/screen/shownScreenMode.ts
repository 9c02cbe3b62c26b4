/**
 * What the big screen shows at a moment of the hub's clock. A mode the
 * secretary picked is shown as it is. In `auto` the screen follows the
 * session: an open vote takes the screen; then a speaker, while their turn
 * lasts (paused included); then the latest result, until `resultHoldSeconds`
 * after its publication (or until the hall moves on to another item or page,
 * whichever comes first); otherwise the presented page, or the current item.
 */
import type { SessionState, ShownScreenMode, VoteInfo } from '../../protocol';
import { shownVote } from './shownVote';

/** True while a published result is within its hold time; a result published before times were recorded stays while its item is current. */
export function resultStillHeld(vote: VoteInfo, resultHoldSeconds: number, hubNow: number): boolean {
  if (vote.status !== 'published' || vote.publishedAt === undefined) return true;
  return hubNow < vote.publishedAt + resultHoldSeconds * 1000;
}

/**
 * @param hubNow the hub's clock now (ms since the epoch), as this device estimates it.
 * @param itemWhenFirstShown see `shownVote`: for a result attached to no item.
 */
export function shownScreenMode(
  state: SessionState,
  hubNow: number,
  itemWhenFirstShown: (voteId: string) => string | null | undefined = () => undefined,
): ShownScreenMode {
  const { mode, resultHoldSeconds } = state.screen;
  if (mode !== 'auto') return mode;
  const vote = shownVote(state, itemWhenFirstShown);
  if (vote?.status === 'open') return 'result';
  if (state.floor.turn !== null && state.floor.turn.endedAt === null) return 'speaker';
  if (vote && resultStillHeld(vote, resultHoldSeconds, hubNow)) return 'result';
  return state.presentation ? 'page' : 'item';
}

/** When the auto choice may next change by the clock alone (a result's hold ending), or null when only an event can change it. */
export function nextAutoChangeAt(state: SessionState, itemWhenFirstShown: (voteId: string) => string | null | undefined = () => undefined): number | null {
  if (state.screen.mode !== 'auto') return null;
  const vote = shownVote(state, itemWhenFirstShown);
  if (vote?.status !== 'published' || vote.publishedAt === undefined) return null;
  return vote.publishedAt + state.screen.resultHoldSeconds * 1000;
}
