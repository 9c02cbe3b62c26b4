/**
 * The ballot store (`ballots.sqlite`) against the event log. The store has no
 * hash chain of its own, so `verify` checks it against what the log recorded:
 * for every closed or published secret ballot, the store's counts must equal
 * the tally the log recorded, and its participation rows the number of
 * ballots the log says were cast. The answer names the vote and its close
 * event, never a ballot's content.
 */
import { replay } from '../../shared/core';
import type { StoredEvent, Tally, VoteInfo } from '../../shared/protocol';
import { openBallotStore } from '../hub/voting/ballotStore';
import type { BallotStore } from '../hub/voting/ballotStore';

export interface BallotMismatch {
  /** The close event of the vote whose ballots do not match. */
  seq: number;
  type: string;
  voteId: string;
  reason: string;
}

/** The first secret vote whose stored ballots differ from the log, or null when every one matches. */
export function checkBallotStore(events: readonly StoredEvent[], ballotsFile: string): BallotMismatch | null {
  const closedAt = new Map<string, number>();
  for (const stored of events) if (stored.event.type === 'vote.closed') closedAt.set(stored.event.voteId, stored.seq);
  const votes = replay(events.map((stored) => stored.event)).votes;
  const store = openBallotStore(ballotsFile, { readonly: true });
  try {
    for (const vote of votes) {
      const recorded = recordedTally(vote);
      if (recorded === null) continue;
      const problem = differenceOf(store, vote, recorded);
      if (problem !== null) {
        return { seq: closedAt.get(vote.id) ?? 0, type: 'vote.closed', voteId: vote.id, reason: `the ballot store does not match the log for vote "${vote.title}" (${vote.id}): ${problem}` };
      }
    }
    return null;
  } finally {
    store.close();
  }
}

/** The tally the log recorded for a counted secret ballot; null for any other vote. */
function recordedTally(vote: VoteInfo): Tally | null {
  if (!vote.secret || vote.kind === 'hands') return null;
  if (vote.status !== 'closed' && vote.status !== 'published') return null;
  return vote.tally;
}

function differenceOf(store: BallotStore, vote: VoteInfo, recorded: Tally): string | null {
  const stored = store.tally(vote);
  if (stored.participants !== recorded.participants) {
    return `${stored.participants} ballots are stored, the log says ${recorded.participants} were cast`;
  }
  for (const row of vote.rows) {
    for (const option of vote.options) {
      if ((stored.counts[row.id]?.[option.id] ?? 0) !== (recorded.counts[row.id]?.[option.id] ?? 0)) return 'its stored counts differ from the tally the log recorded';
    }
  }
  return null;
}
