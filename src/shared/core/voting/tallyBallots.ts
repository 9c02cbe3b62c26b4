import type { Selection, Tally, VoteInfo } from '../../protocol';

/** An empty tally for the vote: every row and option at zero. */
export function emptyTally(vote: Pick<VoteInfo, 'rows' | 'options'>): Tally {
  return {
    participants: 0,
    counts: Object.fromEntries(vote.rows.map((row) => [row.id, Object.fromEntries(vote.options.map((option) => [option.id, 0]))])),
  };
}

/** Counts ballots into a tally; each ballot is one participant. */
export function tallyBallots(vote: Pick<VoteInfo, 'rows' | 'options'>, ballots: Iterable<readonly Selection[]>): Tally {
  const tally = emptyTally(vote);
  for (const selections of ballots) {
    tally.participants += 1;
    for (const { row, option } of selections) {
      const counts = tally.counts[row];
      if (counts && Object.hasOwn(counts, option)) counts[option] = (counts[option] ?? 0) + 1;
    }
  }
  return tally;
}
