import { describe, expect, it } from 'vitest';
import { computeResult, ruleThreshold } from '../../../../src/shared/core';
import { translate } from '../../../../src/shared/i18n/translate';
import type { Language } from '../../../../src/shared/i18n/translate';
import type { Translate } from '../../../../src/renderer/ui/language';
import type { ClosedVote, CreatedVote, MajorityRule, OpenVote, VoteKind } from '../../../../src/shared/protocol';
import { conditionLabel, quorumNote, ruleSentence, ruleWords, takingLabel, verdictText } from '../../../../src/renderer/ui/voteWording';

const tFor =
  (language: Language): Translate =>
  (key, ...params) =>
    translate(language, key, ...params);
const vi = tFor('vi');
const en = tFor('en');

const HALF_SEATED: MajorityRule = { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' };
const TWO_THIRDS_SEATED: MajorityRule = { numerator: 2, denominator: 3, comparison: 'at_least', base: 'seated' };
const HALF_PRESENT: MajorityRule = { numerator: 1, denominator: 2, comparison: 'more_than', base: 'present' };
const HALF_CAST: MajorityRule = { numerator: 1, denominator: 2, comparison: 'more_than', base: 'cast' };

function created(kind: VoteKind, rule: MajorityRule, rows = [{ id: 'motion', label: 'Nghị quyết' }]): CreatedVote {
  const options =
    kind === 'election'
      ? [{ id: 'yes', label: 'Bầu' }]
      : kind === 'confidence'
        ? [{ id: 'high', label: 'Tín nhiệm cao' }, { id: 'confidence', label: 'Tín nhiệm' }, { id: 'low', label: 'Tín nhiệm thấp' }]
        : [{ id: 'for', label: 'Tán thành' }, { id: 'against', label: 'Không tán thành' }, { id: 'abstain', label: 'Không biểu quyết' }];
  return {
    status: 'created', id: 'v', itemId: null, title: 'Biểu quyết', kind, secret: kind !== 'resolution', rows, options, maxChoices: 1, rule,
    quorum: { numerator: 2, denominator: 3, mode: 'warn' }, durationSeconds: null, allowChange: false,
  };
}

function opened(vote: CreatedVote, seated: number, present: number, quorumMet = true): OpenVote {
  return { ...vote, status: 'open', openedAt: 1, seated, present, quorumMet, handsCount: null };
}

function closed(vote: OpenVote, counts: Record<string, Record<string, number>>, participants: number): ClosedVote {
  const { handsCount: _handsCount, ...rest } = vote;
  return { ...rest, status: 'closed', closedAt: 2, tally: { participants, counts }, named: null };
}

describe('the rule and the number needed', () => {
  it('more than 1/2 of 30 seated needs at least 16: "Cần ít nhất 16/30 phiếu tán thành"', () => {
    const vote = opened(created('resolution', HALF_SEATED), 30, 25);
    expect(ruleSentence(vi, vote, ruleThreshold(vote))).toBe('Cần ít nhất 16/30 phiếu tán thành');
    expect(ruleSentence(en, vote, ruleThreshold(vote))).toBe('At least 16/30 votes “tán thành” needed');
  });

  it('at least 2/3 of 30 seated needs at least 20', () => {
    const vote = opened(created('resolution', TWO_THIRDS_SEATED), 30, 25);
    expect(ruleSentence(vi, vote, ruleThreshold(vote))).toBe('Cần ít nhất 20/30 phiếu tán thành');
  });

  it('a rule on those present counts on the present recorded at the opening: more than 1/2 of 25 needs 13', () => {
    const vote = opened(created('resolution', HALF_PRESENT), 30, 25);
    expect(ruleSentence(vi, vote, ruleThreshold(vote))).toBe('Cần ít nhất 13/25 phiếu tán thành');
  });

  it('before the vote opens, the rule is said in words', () => {
    expect(ruleSentence(vi, created('resolution', HALF_SEATED), ruleThreshold(created('resolution', HALF_SEATED)))).toBe('Thông qua khi trên một nửa tổng số đại biểu tán thành');
    expect(ruleSentence(vi, created('resolution', TWO_THIRDS_SEATED), null)).toBe('Thông qua khi từ hai phần ba tổng số đại biểu trở lên tán thành');
    expect(ruleSentence(en, created('resolution', HALF_SEATED), null)).toBe('Passes when more than half of all seated delegates choose “tán thành”');
    expect(ruleSentence(vi, created('election', HALF_SEATED), null)).toBe('Trúng cử khi được trên một nửa tổng số đại biểu bầu');
  });

  it('a rule on the votes cast stays in words while the vote is open, and gets its number once counted', () => {
    const open = opened(created('resolution', HALF_CAST), 30, 28);
    expect(ruleThreshold(open)).toBeNull();
    expect(ruleSentence(vi, open, ruleThreshold(open))).toBe('Thông qua khi trên một nửa số đại biểu tham gia biểu quyết tán thành');
    const result = computeResult(closed(open, { motion: { for: 12, against: 8, abstain: 1 } }, 21));
    expect(ruleSentence(vi, open, result?.threshold ?? null)).toBe('Cần ít nhất 11/21 phiếu tán thành');
  });

  it('uses the session’s own label for the answer that counts', () => {
    const vote = opened({ ...created('resolution', HALF_SEATED), options: [{ id: 'for', label: 'Đồng ý' }] }, 30, 30);
    expect(ruleSentence(vi, vote, ruleThreshold(vote))).toBe('Cần ít nhất 16/30 phiếu đồng ý');
  });

  it('an election and a confidence vote say what the number decides', () => {
    const election = opened(created('election', HALF_SEATED), 30, 30);
    expect(ruleSentence(vi, election, ruleThreshold(election))).toBe('Cần ít nhất 16/30 phiếu bầu để trúng cử');
    const confidence = opened(created('confidence', HALF_SEATED), 58, 58);
    expect(ruleSentence(vi, confidence, ruleThreshold(confidence))).toBe('Tín nhiệm thấp khi có từ 30/58 phiếu tín nhiệm thấp trở lên');
  });
});

describe('the verdict per name', () => {
  it('an election with one candidate states Trúng cử or Không trúng cử', () => {
    const vote = opened(created('election', HALF_SEATED, [{ id: 'c1', label: 'Nguyễn Văn An' }]), 30, 30);
    const elected = computeResult(closed(vote, { c1: { yes: 16 } }, 28));
    const beaten = computeResult(closed(vote, { c1: { yes: 15 } }, 28));
    expect(elected?.rows.map((row) => [row.label, verdictText(vi, vote, row)])).toEqual([['Nguyễn Văn An', 'Trúng cử']]);
    expect(beaten?.rows.map((row) => [row.label, verdictText(vi, vote, row)])).toEqual([['Nguyễn Văn An', 'Không trúng cử']]);
    expect(verdictText(en, vote, elected?.rows[0] ?? { verdict: 'not_elected' })).toBe('Elected');
  });

  it('a confidence vote on one official words the low-confidence flag from the rule in force', () => {
    const half = opened(created('confidence', HALF_SEATED, [{ id: 'o1', label: 'Trần Thị Bình' }]), 58, 58);
    const low = computeResult(closed(half, { o1: { high: 10, confidence: 18, low: 30 } }, 58));
    const fine = computeResult(closed(half, { o1: { high: 49, confidence: 7, low: 2 } }, 58));
    expect(verdictText(vi, half, low?.rows[0] ?? { verdict: 'passed' })).toBe('Trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp');
    expect(verdictText(vi, half, fine?.rows[0] ?? { verdict: 'passed' })).toBe('Không quá một nửa tổng số đại biểu đánh giá tín nhiệm thấp');
    const twoThirds = opened(created('confidence', TWO_THIRDS_SEATED, [{ id: 'o1', label: 'Trần Thị Bình' }]), 58, 58);
    const belowTwoThirds = computeResult(closed(twoThirds, { o1: { high: 10, confidence: 18, low: 30 } }, 58));
    expect(verdictText(vi, twoThirds, belowTwoThirds?.rows[0] ?? { verdict: 'passed' })).toBe('Dưới hai phần ba tổng số đại biểu đánh giá tín nhiệm thấp');
    expect(verdictText(en, half, low?.rows[0] ?? { verdict: 'passed' })).toBe('More than half of all seated delegates rated low confidence');
  });
});

describe('words that fit the kind of vote', () => {
  it('a resolution is "tham gia biểu quyết", an election or a confidence vote "tham gia bỏ phiếu"', () => {
    expect(takingLabel(vi, 'resolution')).toBe('Số đại biểu tham gia biểu quyết');
    expect(takingLabel(vi, 'election')).toBe('Số đại biểu tham gia bỏ phiếu');
    expect(takingLabel(vi, 'confidence')).toBe('Số đại biểu tham gia bỏ phiếu');
  });

  it('the condition label fits the kind', () => {
    expect(conditionLabel(vi, 'resolution')).toBe('Điều kiện thông qua');
    expect(conditionLabel(vi, 'election')).toBe('Điều kiện trúng cử');
    expect(conditionLabel(vi, 'confidence')).toBe('Mức tín nhiệm thấp');
  });

  it('a vote opened without a quorum says so; one with a quorum says nothing', () => {
    const short = opened(created('resolution', HALF_SEATED), 30, 12, false);
    expect(quorumNote(vi, short)).toBe('Biểu quyết được mở khi chưa đủ số đại biểu có mặt (12/30, cần 20)');
    expect(quorumNote(vi, opened(created('resolution', HALF_SEATED), 30, 25))).toBeNull();
  });

  it('any other fraction is written as a fraction', () => {
    expect(ruleWords(vi, { numerator: 3, denominator: 4, comparison: 'at_least', base: 'present' }, 'resolution')).toBe('từ 3/4 số đại biểu có mặt trở lên');
  });
});
