/**
 * A vote's result in the National Assembly's form: for taking part and for
 * each option, the count and its percentage of the seated delegates, then the
 * outcome computed from the rule. Nobody does the arithmetic under pressure.
 */
import { ELECTED_OPTION, MOTION_ROW } from '../../protocol';
import type { VoteInfo } from '../../protocol';
import { meetsRule, percentage, votesNeeded } from './majority';
import type { ResultBases } from './majority';

export interface OptionResult {
  id: string;
  label: string;
  count: number;
  /** Percentage of the seated delegates, two decimals. */
  percent: string;
}

export interface RowResult {
  id: string;
  label: string;
  options: OptionResult[];
  /** Resolution: passed. Election: reached the rule. Confidence: "low" reached the rule. */
  meetsRule: boolean;
  /** Election only: among the elected (rule met, within the seats to fill, no tie at the boundary). */
  elected: boolean;
  /** Election only: tied at the last seat to fill; a new round decides. */
  tied: boolean;
}

export interface VoteResult {
  bases: ResultBases;
  participants: { count: number; percent: string };
  /** The smallest count that meets the rule. */
  needed: number;
  rows: RowResult[];
  /** Resolutions and shows of hands: Thông qua / Không thông qua. */
  outcome: 'passed' | 'not_passed' | null;
}

export function computeResult(vote: VoteInfo): VoteResult | null {
  if (vote.status !== 'closed' && vote.status !== 'published') return null;
  const tally = vote.tally;
  if (!tally) return null;
  const bases: ResultBases = { seated: vote.seated, present: vote.present, cast: tally.participants };
  const decisive = vote.kind === 'election' ? ELECTED_OPTION : vote.kind === 'confidence' ? 'low' : 'for';
  const rows: RowResult[] = vote.rows.map((row) => {
    const counts = tally.counts[row.id] ?? {};
    const options = vote.options.map((option) => {
      const count = counts[option.id] ?? 0;
      return { id: option.id, label: option.label, count, percent: percentage(count, bases.seated) };
    });
    return { id: row.id, label: row.label, options, meetsRule: meetsRule(counts[decisive] ?? 0, vote.rule, bases), elected: false, tied: false };
  });
  if (vote.kind === 'election') markElected(rows, vote.maxChoices);
  const motion = rows.find((row) => row.id === MOTION_ROW);
  return {
    bases,
    participants: { count: tally.participants, percent: percentage(tally.participants, bases.seated) },
    needed: votesNeeded(vote.rule, bases),
    rows,
    outcome: vote.kind === 'resolution' || vote.kind === 'hands' ? (motion?.meetsRule ? 'passed' : 'not_passed') : null,
  };
}

/** The candidates who met the rule, most votes first, fill the seats; a tie across the last seat elects none of the tied. */
function markElected(rows: RowResult[], seats: number): void {
  const votes = (row: RowResult) => row.options[0]?.count ?? 0;
  const qualified = rows.filter((row) => row.meetsRule).sort((a, b) => votes(b) - votes(a));
  if (qualified.length <= seats) {
    for (const row of qualified) row.elected = true;
    return;
  }
  const boundary = votes(qualified[seats - 1] as RowResult);
  const above = qualified.filter((row) => votes(row) > boundary);
  const atBoundary = qualified.filter((row) => votes(row) === boundary);
  for (const row of above) row.elected = true;
  if (above.length + atBoundary.length <= seats) for (const row of atBoundary) row.elected = true;
  else for (const row of atBoundary) row.tied = true;
}
