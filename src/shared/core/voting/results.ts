/**
 * A vote's result in the National Assembly's form: for taking part and for
 * each option, the count and its percentage of the seated delegates, then the
 * verdict computed from the rule, per name for elections and confidence votes.
 * Nobody does the arithmetic under pressure.
 */
import { ELECTED_OPTION, MOTION_ROW } from '../../protocol';
import type { VoteInfo, VoteKind } from '../../protocol';
import { baseOf, meetsRule, percentage, votesNeeded } from './majority';
import type { ResultBases } from './majority';
import type { RuleThreshold } from './ruleThreshold';

export interface OptionResult {
  id: string;
  label: string;
  count: number;
  /** Percentage of the seated delegates, two decimals, with a point ("85.63"); format it for the reader's language. */
  percent: string;
}

/**
 * The verdict on one row: a resolution passes or not; a candidate is elected,
 * not elected, or tied at the last seat; an official reaches the low-confidence
 * rule or not.
 */
export type RowVerdict = 'passed' | 'not_passed' | 'elected' | 'not_elected' | 'tied' | 'low_confidence' | 'not_low_confidence';

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
  verdict: RowVerdict;
}

export interface VoteResult {
  bases: ResultBases;
  participants: { count: number; percent: string };
  /** The count needed and the base it is counted on ("16/30"). */
  threshold: RuleThreshold;
  rows: RowResult[];
  /** Resolutions and shows of hands: Thông qua / Không thông qua. */
  outcome: 'passed' | 'not_passed' | null;
  /** The vote was opened although the quorum was not met (the chair chose to go on). */
  openedWithoutQuorum: boolean;
}

/** The option whose count the rule is applied to: for, the candidate chosen, or a low rating. */
export function decisiveOption(kind: VoteKind): string {
  return kind === 'election' ? ELECTED_OPTION : kind === 'confidence' ? 'low' : 'for';
}

export function computeResult(vote: VoteInfo): VoteResult | null {
  if (vote.status !== 'closed' && vote.status !== 'published') return null;
  const tally = vote.tally;
  if (!tally) return null;
  const bases: ResultBases = { seated: vote.seated, present: vote.present, cast: tally.participants };
  const decisive = decisiveOption(vote.kind);
  const rows: RowResult[] = vote.rows.map((row) => {
    const counts = tally.counts[row.id] ?? {};
    const options = vote.options.map((option) => {
      const count = counts[option.id] ?? 0;
      return { id: option.id, label: option.label, count, percent: percentage(count, bases.seated) };
    });
    const met = meetsRule(counts[decisive] ?? 0, vote.rule, bases);
    return { id: row.id, label: row.label, options, meetsRule: met, elected: false, tied: false, verdict: verdictOf(vote.kind, met) };
  });
  if (vote.kind === 'election') markElected(rows, vote.maxChoices);
  const motion = rows.find((row) => row.id === MOTION_ROW);
  return {
    bases,
    participants: { count: tally.participants, percent: percentage(tally.participants, bases.seated) },
    threshold: { needed: votesNeeded(vote.rule, bases), of: baseOf(vote.rule, bases) },
    rows,
    outcome: vote.kind === 'resolution' || vote.kind === 'hands' ? (motion?.meetsRule ? 'passed' : 'not_passed') : null,
    openedWithoutQuorum: !vote.quorumMet,
  };
}

function verdictOf(kind: VoteKind, met: boolean): RowVerdict {
  switch (kind) {
    case 'resolution':
    case 'hands':
      return met ? 'passed' : 'not_passed';
    case 'election':
      return 'not_elected';
    case 'confidence':
      return met ? 'low_confidence' : 'not_low_confidence';
  }
}

/** The candidates who met the rule, most votes first, fill the seats; a tie across the last seat elects none of the tied. */
function markElected(rows: RowResult[], seats: number): void {
  const votes = (row: RowResult) => row.options[0]?.count ?? 0;
  const elect = (row: RowResult) => {
    row.elected = true;
    row.verdict = 'elected';
  };
  const qualified = rows.filter((row) => row.meetsRule).sort((a, b) => votes(b) - votes(a));
  if (qualified.length <= seats) {
    qualified.forEach(elect);
    return;
  }
  const boundary = votes(qualified[seats - 1] as RowResult);
  const above = qualified.filter((row) => votes(row) > boundary);
  const atBoundary = qualified.filter((row) => votes(row) === boundary);
  above.forEach(elect);
  if (above.length + atBoundary.length <= seats) atBoundary.forEach(elect);
  else
    for (const row of atBoundary) {
      row.tied = true;
      row.verdict = 'tied';
    }
}
