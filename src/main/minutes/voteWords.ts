/**
 * A vote's words in the minutes: its kind and manner, its rule ("trên một nửa
 * tổng số đại biểu", with the count needed once the base is known), and the
 * verdict per name. The wording is that of the apps (the same i18n keys), so
 * the minutes say what the hall saw.
 */
import { computeResult, ruleThreshold } from '../../shared/core';
import type { RowResult } from '../../shared/core';
import type { MajorityRule, VoteInfo, VoteKind } from '../../shared/protocol';
import type { MinutesTranslate } from './minutesContext';

export function isBallotKind(kind: VoteKind): boolean {
  return kind === 'election' || kind === 'confidence';
}

function fractionWords(t: MinutesTranslate, rule: Pick<MajorityRule, 'numerator' | 'denominator'>): string {
  if (rule.numerator * 2 === rule.denominator) return t('vote.fraction.half');
  if (rule.numerator * 3 === rule.denominator * 2) return t('vote.fraction.twoThirds');
  return t('vote.fraction.other', { numerator: rule.numerator, denominator: rule.denominator });
}

function baseWords(t: MinutesTranslate, rule: MajorityRule, kind: VoteKind): string {
  if (rule.base === 'cast') return t(isBallotKind(kind) ? 'vote.ruleBase.castBallot' : 'vote.ruleBase.castVote');
  return t(rule.base === 'seated' ? 'vote.ruleBase.seated' : 'vote.ruleBase.present');
}

/** "trên một nửa tổng số đại biểu"; negated: "không quá một nửa tổng số đại biểu". */
export function ruleWords(t: MinutesTranslate, rule: MajorityRule, kind: VoteKind, negated = false): string {
  const comparison = rule.comparison === 'more_than' ? (negated ? 'not_more_than' : 'more_than') : negated ? 'less_than' : 'at_least';
  return t(`vote.ruleCompare.${comparison}`, { fraction: fractionWords(t, rule), base: baseWords(t, rule, kind) });
}

function kindKey(kind: VoteKind) {
  switch (kind) {
    case 'resolution':
      return 'vote.kind.resolution' as const;
    case 'election':
      return 'vote.kind.election' as const;
    case 'confidence':
      return 'vote.kind.confidence' as const;
    case 'hands':
      return 'vote.kind.hands' as const;
  }
}

/** "Hình thức: Biểu quyết nghị quyết, biểu quyết công khai bằng thiết bị điện tử". */
export function mannerLine(t: MinutesTranslate, vote: VoteInfo): string {
  const manner = vote.kind === 'hands' ? t('minutes.vote.mannerHands') : vote.secret ? t('minutes.vote.mannerSecret') : t('minutes.vote.mannerOpen');
  return t('minutes.vote.manner', { kind: t(kindKey(vote.kind)), manner });
}

/** "Điều kiện thông qua: trên một nửa tổng số đại biểu (cần ít nhất 4/7 phiếu)". */
export function ruleLine(t: MinutesTranslate, vote: VoteInfo): string {
  const condition = t(vote.kind === 'election' ? 'vote.condition.election' : vote.kind === 'confidence' ? 'vote.condition.confidence' : 'vote.condition.resolution');
  const rule = ruleWords(t, vote.rule, vote.kind);
  const result = computeResult(vote);
  const threshold = result?.threshold ?? ruleThreshold(vote);
  if (!threshold) return t('minutes.vote.rule', { condition, rule });
  return t('minutes.vote.ruleNeeded', { condition, rule, needed: threshold.needed, of: threshold.of });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The verdict on one row: "THÔNG QUA", "Trúng cử", or the low-confidence rule reached or not. */
export function verdictWords(t: MinutesTranslate, vote: Pick<VoteInfo, 'kind' | 'rule'>, row: Pick<RowResult, 'verdict'>): string {
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
