/**
 * The arithmetic of a result, in whole numbers so that no rounding can turn a
 * tie into a pass. "More than 1/2" of 30 needs 16; "at least 2/3" of 30 needs 20.
 */
import type { MajorityRule, Quorum } from '../../protocol';

export interface ResultBases {
  /** Delegates in office (vacant seats excluded) when the vote opened. */
  seated: number;
  /** Delegates present when the vote opened. */
  present: number;
  /** Delegates who took part (cast a ballot). */
  cast: number;
}

export function baseOf(rule: Pick<MajorityRule, 'base'>, bases: ResultBases): number {
  return bases[rule.base];
}

/** Whether `count` meets the rule: count/base > n/d (more than) or ≥ n/d (at least). A base of 0 never passes. */
export function meetsRule(count: number, rule: MajorityRule, bases: ResultBases): boolean {
  const base = baseOf(rule, bases);
  if (base <= 0) return false;
  const left = count * rule.denominator;
  const right = rule.numerator * base;
  return rule.comparison === 'more_than' ? left > right : left >= right;
}

/** The smallest count that meets the rule (what the chair can announce beforehand). */
export function votesNeeded(rule: MajorityRule, bases: ResultBases): number {
  const base = baseOf(rule, bases);
  if (base <= 0) return 1;
  const exact = (rule.numerator * base) / rule.denominator;
  return rule.comparison === 'more_than' ? Math.floor(exact) + 1 : Math.ceil(exact);
}

/** Delegates who must be present for the quorum: at least the fraction of those seated. */
export function quorumNeeded(quorum: Quorum, seated: number): number {
  return Math.ceil((quorum.numerator * seated) / quorum.denominator);
}

export function quorumMet(quorum: Quorum, seated: number, present: number): boolean {
  return quorum.mode === 'off' || present * quorum.denominator >= quorum.numerator * seated;
}

/**
 * `count` as a percentage of `total`, to two decimals, rounded half up, as the
 * National Assembly publishes it: 423 of 494 is "85.63". A total of 0 gives "0.00".
 */
export function percentage(count: number, total: number): string {
  if (total <= 0) return '0.00';
  const hundredths = Math.floor((count * 20000 + total) / (2 * total));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
