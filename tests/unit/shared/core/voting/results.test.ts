import { describe, expect, it } from 'vitest';
import { computeResult, emptyTally, layoutOf, DEFAULT_VOTE_LABELS } from '../../../../../src/shared/core';
import type { ClosedVote, VoteKind } from '../../../../../src/shared/protocol';

type Counts = Record<string, Record<string, number>>;

function vote(kind: VoteKind, names: string[], counts: Counts, participants: number, seated: number, overrides: Partial<ClosedVote> = {}): ClosedVote {
  let next = 0;
  const layout = layoutOf(kind, 'Biểu quyết', names, DEFAULT_VOTE_LABELS, () => `r${next++}`);
  const tally = emptyTally(layout);
  tally.participants = participants;
  for (const [row, options] of Object.entries(counts)) tally.counts[row] = { ...tally.counts[row], ...options };
  return {
    status: 'closed',
    id: 'v',
    itemId: null,
    title: 'Biểu quyết',
    kind,
    secret: kind !== 'resolution',
    ...layout,
    maxChoices: kind === 'election' ? 1 : layout.rows.length,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'warn' },
    durationSeconds: null,
    allowChange: false,
    openedAt: 1,
    closedAt: 2,
    seated,
    present: seated,
    quorumMet: true,
    tally,
    named: null,
    ...overrides,
  };
}

describe('resolution results', () => {
  it('reproduce a published National Assembly result, percentages of the 494 seated, and pass', () => {
    const result = computeResult(vote('resolution', [], { motion: { for: 423, against: 8, abstain: 1 } }, 432, 494));
    expect(result?.participants).toEqual({ count: 432, percent: '87.45' });
    expect(result?.rows[0]?.options.map((o) => [o.label, o.count, o.percent])).toEqual([
      ['Tán thành', 423, '85.63'],
      ['Không tán thành', 8, '1.62'],
      ['Không biểu quyết', 1, '0.20'],
    ]);
    expect(result?.threshold).toEqual({ needed: 248, of: 494 });
    expect(result?.outcome).toBe('passed');
  });

  it('do not pass with most of those present but not more than half of the seated', () => {
    const result = computeResult(vote('resolution', [], { motion: { for: 15, against: 3, abstain: 2 } }, 20, 30));
    expect(result?.outcome).toBe('not_passed');
    expect(result?.rows[0]?.options[0]?.percent).toBe('50.00');
  });

  it('follow a 2/3 rule: 20 of 30 passes a dismissal, 19 does not', () => {
    const rule = { numerator: 2, denominator: 3, comparison: 'at_least' as const, base: 'seated' as const };
    expect(computeResult(vote('resolution', [], { motion: { for: 20 } }, 25, 30, { rule }))?.outcome).toBe('passed');
    expect(computeResult(vote('resolution', [], { motion: { for: 19 } }, 25, 30, { rule }))?.outcome).toBe('not_passed');
  });

  it('are null before a tally exists', () => {
    expect(computeResult(vote('resolution', [], {}, 0, 30, { tally: null }))).toBeNull();
  });
});

describe('election results', () => {
  it('elect candidates above the rule, up to the seats to fill', () => {
    const v = vote('election', ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C'], { r0: { yes: 40 }, r1: { yes: 35 }, r2: { yes: 20 } }, 50, 58, { maxChoices: 2 });
    const result = computeResult(v);
    expect(result?.rows.map((row) => [row.label, row.options[0]?.percent, row.elected])).toEqual([
      ['Nguyễn Văn A', '68.97', true],
      ['Trần Thị B', '60.34', true],
      ['Lê Văn C', '34.48', false],
    ]);
  });

  it('elect nobody tied across the last seat', () => {
    const v = vote('election', ['A', 'B', 'C'], { r0: { yes: 40 }, r1: { yes: 35 }, r2: { yes: 35 } }, 50, 58, { maxChoices: 2 });
    const rows = computeResult(v)?.rows ?? [];
    expect(rows.map((row) => [row.elected, row.tied])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
  });

  it('do not elect a candidate chosen by half of the seated or fewer', () => {
    const v = vote('election', ['A'], { r0: { yes: 29 } }, 50, 58);
    expect(computeResult(v)?.rows[0]?.elected).toBe(false);
  });
});

describe('confidence results', () => {
  it('give each official’s counts as percentages of the seated, and flag more than half rating low', () => {
    const v = vote('confidence', ['Chủ tịch UBND', 'Phó Chủ tịch UBND'], { r0: { high: 49, confidence: 7, low: 2 }, r1: { high: 10, confidence: 18, low: 30 } }, 58, 58);
    const result = computeResult(v);
    expect(result?.rows[0]?.options.map((o) => o.percent)).toEqual(['84.48', '12.07', '3.45']);
    expect(result?.rows.map((row) => row.meetsRule)).toEqual([false, true]);
    expect(result?.outcome).toBeNull();
  });
});

describe('verdicts per name and the threshold', () => {
  it('an election of one candidate gives the candidate a verdict: elected with 16 of 30, not elected with 15', () => {
    const elected = computeResult(vote('election', ['Nguyễn Văn An'], { r0: { yes: 16 } }, 28, 30));
    expect(elected?.rows.map((row) => [row.label, row.verdict])).toEqual([['Nguyễn Văn An', 'elected']]);
    expect(elected?.threshold).toEqual({ needed: 16, of: 30 });
    const beaten = computeResult(vote('election', ['Nguyễn Văn An'], { r0: { yes: 15 } }, 28, 30));
    expect(beaten?.rows.map((row) => [row.label, row.verdict])).toEqual([['Nguyễn Văn An', 'not_elected']]);
  });

  it('a confidence vote on one official flags low confidence only when the rule is met', () => {
    expect(computeResult(vote('confidence', ['Trần Thị Bình'], { r0: { high: 10, confidence: 18, low: 30 } }, 58, 58))?.rows[0]?.verdict).toBe('low_confidence');
    expect(computeResult(vote('confidence', ['Trần Thị Bình'], { r0: { high: 10, confidence: 19, low: 29 } }, 58, 58))?.rows[0]?.verdict).toBe('not_low_confidence');
  });

  it('tied candidates across the last seat get the tied verdict', () => {
    const rows = computeResult(vote('election', ['A', 'B'], { r0: { yes: 40 }, r1: { yes: 40 } }, 50, 58))?.rows ?? [];
    expect(rows.map((row) => row.verdict)).toEqual(['tied', 'tied']);
  });

  it('a resolution’s motion carries the outcome as its verdict, and a 2/3 rule needs 20 of 30', () => {
    const rule = { numerator: 2, denominator: 3, comparison: 'at_least' as const, base: 'seated' as const };
    const result = computeResult(vote('resolution', [], { motion: { for: 20 } }, 25, 30, { rule }));
    expect(result?.rows[0]?.verdict).toBe('passed');
    expect(result?.threshold).toEqual({ needed: 20, of: 30 });
  });

  it('a rule on the votes cast is counted on those who took part', () => {
    const rule = { numerator: 1, denominator: 2, comparison: 'more_than' as const, base: 'cast' as const };
    expect(computeResult(vote('resolution', [], { motion: { for: 11 } }, 21, 30, { rule }))?.threshold).toEqual({ needed: 11, of: 21 });
  });

  it('a result of a vote opened without a quorum says so', () => {
    expect(computeResult(vote('resolution', [], { motion: { for: 16 } }, 16, 30, { present: 12, quorumMet: false }))?.openedWithoutQuorum).toBe(true);
    expect(computeResult(vote('resolution', [], { motion: { for: 16 } }, 16, 30))?.openedWithoutQuorum).toBe(false);
  });
});
