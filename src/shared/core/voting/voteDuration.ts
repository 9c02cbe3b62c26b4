/** The rule for a vote's time limit; the bounds live beside the schema that enforces them at the edge. */
import { VOTE_DURATION_SECONDS } from '../../protocol';

/** Whether a time limit in seconds is one the hub accepts: whole seconds within the bounds. */
export function isValidVoteDuration(seconds: number): boolean {
  return Number.isInteger(seconds) && seconds >= VOTE_DURATION_SECONDS.min && seconds <= VOTE_DURATION_SECONDS.max;
}
