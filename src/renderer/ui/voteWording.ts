/**
 * The words around a vote, shared by the console, the iPad and the big screen:
 * the rule in words, the number of votes needed, the verdict per name, and the
 * labels that differ by kind (a resolution is "biểu quyết", an election or a
 * confidence vote is "bỏ phiếu"). All go through the i18n layer.
 */
import { quorumNeeded } from '../../shared/core';
import type { RowResult, RuleThreshold } from '../../shared/core';
import type { MajorityRule, VoteInfo, VoteKind } from '../../shared/protocol';
import type { Translate } from './language';

/** Elections and confidence votes are ballots (bỏ phiếu); the others are votes (biểu quyết). */
export function isBallotKind(kind: VoteKind): boolean {
  return kind === 'election' || kind === 'confidence';
}

function fractionWords(t: Translate, rule: Pick<MajorityRule, 'numerator' | 'denominator'>): string {
  if (rule.numerator * 2 === rule.denominator) return t('vote.fraction.half');
  if (rule.numerator * 3 === rule.denominator * 2) return t('vote.fraction.twoThirds');
  return t('vote.fraction.other', { numerator: rule.numerator, denominator: rule.denominator });
}

function baseWords(t: Translate, rule: MajorityRule, kind: VoteKind): string {
  if (rule.base === 'cast') return t(isBallotKind(kind) ? 'vote.ruleBase.castBallot' : 'vote.ruleBase.castVote');
  return t(rule.base === 'seated' ? 'vote.ruleBase.seated' : 'vote.ruleBase.present');
}

/**
 * The rule as words: "trên một nửa tổng số đại biểu", "từ hai phần ba tổng số
 * đại biểu trở lên". `negated` says the opposite: "không quá…", "dưới…".
 */
export function ruleWords(t: Translate, rule: MajorityRule, kind: VoteKind, negated = false): string {
  const comparison = rule.comparison === 'more_than' ? (negated ? 'not_more_than' : 'more_than') : negated ? 'less_than' : 'at_least';
  return t(`vote.ruleCompare.${comparison}`, { fraction: fractionWords(t, rule), base: baseWords(t, rule, kind) });
}

/** The label of the rule field, fitting the kind: "Điều kiện thông qua", "Điều kiện trúng cử", "Mức tín nhiệm thấp". */
export function conditionLabel(t: Translate, kind: VoteKind): string {
  return t(kind === 'election' ? 'vote.condition.election' : kind === 'confidence' ? 'vote.condition.confidence' : 'vote.condition.resolution');
}

/** The label of the "for" answer, as a resolution's sentence uses it: "tán thành" (or the session's own label). */
function forLabel(vote: Pick<VoteInfo, 'options'>): string {
  const label = vote.options.find((option) => option.id === 'for')?.label ?? '';
  return label.toLocaleLowerCase('vi');
}

/**
 * The rule and the number needed, as the hall must see it. Once the base is
 * known: "Cần ít nhất 16/30 phiếu tán thành". Before (a vote not opened yet, or
 * a rule on the votes cast): the rule in words, "Thông qua khi trên một nửa
 * tổng số đại biểu tán thành".
 */
export function ruleSentence(t: Translate, vote: Pick<VoteInfo, 'kind' | 'rule' | 'options'>, threshold: RuleThreshold | null): string {
  const option = forLabel(vote);
  if (threshold) {
    const params = { needed: threshold.needed, of: threshold.of, option };
    if (vote.kind === 'election') return t('vote.needed.election', params);
    if (vote.kind === 'confidence') return t('vote.needed.confidence', params);
    return t('vote.needed.resolution', params);
  }
  const rule = ruleWords(t, vote.rule, vote.kind);
  if (vote.kind === 'election') return t('vote.ruleWords.election', { rule });
  if (vote.kind === 'confidence') return t('vote.ruleWords.confidence', { rule });
  return t('vote.ruleWords.resolution', { rule, option });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The verdict on one name (or on the motion): "Trúng cử", "Không trúng cử",
 * "THÔNG QUA", or the low-confidence flag worded from the rule in force:
 * "Trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp".
 */
export function verdictText(t: Translate, vote: Pick<VoteInfo, 'kind' | 'rule'>, row: Pick<RowResult, 'verdict'>): string {
  switch (row.verdict) {
    case 'passed':
      return t('vote.passed');
    case 'not_passed':
      return t('vote.notPassed');
    case 'elected':
      return t('vote.elected');
    case 'not_elected':
      return t('vote.notElected');
    case 'tied':
      return t('vote.tied');
    case 'low_confidence':
      return t('vote.confidenceVerdict', { rule: capitalise(ruleWords(t, vote.rule, vote.kind)) });
    case 'not_low_confidence':
      return t('vote.confidenceVerdict', { rule: capitalise(ruleWords(t, vote.rule, vote.kind, true)) });
  }
}

/** "Số đại biểu tham gia biểu quyết" for a resolution, "… tham gia bỏ phiếu" for an election or a confidence vote. */
export function takingLabel(t: Translate, kind: VoteKind): string {
  return t(isBallotKind(kind) ? 'vote.takingBallot' : 'vote.taking');
}

/** The note on a result of a vote opened without a quorum, or null when the quorum was met. */
export function quorumNote(t: Translate, vote: VoteInfo): string | null {
  if (vote.status === 'created' || vote.quorumMet) return null;
  return t('vote.openedWithoutQuorum', { present: vote.present, seated: vote.seated, needed: quorumNeeded(vote.quorum, vote.seated) });
}
