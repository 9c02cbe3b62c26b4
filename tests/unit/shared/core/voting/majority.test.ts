import { describe, expect, it } from 'vitest';
import { meetsRule, percentage, quorumMet, quorumNeeded, votesNeeded } from '../../../../../src/shared/core';
import type { MajorityRule, Quorum } from '../../../../../src/shared/protocol';

const moreThanHalf = (base: MajorityRule['base'] = 'seated'): MajorityRule => ({ numerator: 1, denominator: 2, comparison: 'more_than', base });
const atLeastTwoThirds: MajorityRule = { numerator: 2, denominator: 3, comparison: 'at_least', base: 'seated' };
const bases = (seated: number, present = seated, cast = present) => ({ seated, present, cast });

describe('majority rules', () => {
  it('more than 1/2 of 30 seated needs 16: a tie at exactly 15 does not pass', () => {
    expect(meetsRule(15, moreThanHalf(), bases(30))).toBe(false);
    expect(meetsRule(16, moreThanHalf(), bases(30))).toBe(true);
    expect(votesNeeded(moreThanHalf(), bases(30))).toBe(16);
  });

  it('more than 1/2 of an odd number: 31 seated needs 16', () => {
    expect(meetsRule(15, moreThanHalf(), bases(31))).toBe(false);
    expect(meetsRule(16, moreThanHalf(), bases(31))).toBe(true);
    expect(votesNeeded(moreThanHalf(), bases(31))).toBe(16);
  });

  it('at least 2/3 of 30 needs 20: exactly 2/3 passes, one less does not', () => {
    expect(meetsRule(19, atLeastTwoThirds, bases(30))).toBe(false);
    expect(meetsRule(20, atLeastTwoThirds, bases(30))).toBe(true);
    expect(votesNeeded(atLeastTwoThirds, bases(30))).toBe(20);
  });

  it('at least 2/3 of 31 needs 21 (20.67 rounds up)', () => {
    expect(meetsRule(20, atLeastTwoThirds, bases(31))).toBe(false);
    expect(meetsRule(21, atLeastTwoThirds, bases(31))).toBe(true);
    expect(votesNeeded(atLeastTwoThirds, bases(31))).toBe(21);
  });

  it('at least 1/2 lets a tie pass, more than 1/2 does not', () => {
    const atLeastHalf: MajorityRule = { numerator: 1, denominator: 2, comparison: 'at_least', base: 'seated' };
    expect(meetsRule(15, atLeastHalf, bases(30))).toBe(true);
    expect(meetsRule(15, moreThanHalf(), bases(30))).toBe(false);
  });

  it('[V11] counts against the base the rule names: seated, present or cast', () => {
    const b = bases(86, 77, 70);
    expect(meetsRule(40, moreThanHalf('seated'), b)).toBe(false);
    expect(meetsRule(40, moreThanHalf('present'), b)).toBe(true);
    expect(meetsRule(36, moreThanHalf('cast'), b)).toBe(true);
    expect(votesNeeded(moreThanHalf('seated'), b)).toBe(44);
    expect(votesNeeded(moreThanHalf('present'), b)).toBe(39);
    expect(votesNeeded(moreThanHalf('cast'), b)).toBe(36);
  });

  it('[V11] vacant seats do not count: 58 elected, 2 vacant, so 56 seated and 29 needed', () => {
    const seated = 58 - 2;
    expect(votesNeeded(moreThanHalf(), bases(seated))).toBe(29);
    expect(meetsRule(28, moreThanHalf(), bases(seated))).toBe(false);
    expect(meetsRule(29, moreThanHalf(), bases(seated))).toBe(true);
  });

  it('never passes on an empty base', () => {
    expect(meetsRule(0, moreThanHalf('cast'), bases(30, 30, 0))).toBe(false);
  });
});

describe('quorum', () => {
  const twoThirds: Quorum = { numerator: 2, denominator: 3, mode: 'block' };
  it('is 2/3 of the seated: 20 of 30, 58 of 86', () => {
    expect(quorumNeeded(twoThirds, 30)).toBe(20);
    expect(quorumNeeded(twoThirds, 86)).toBe(58);
    expect(quorumMet(twoThirds, 30, 20)).toBe(true);
    expect(quorumMet(twoThirds, 30, 19)).toBe(false);
    expect(quorumMet(twoThirds, 86, 77)).toBe(true);
  });

  it('is always met when switched off', () => {
    expect(quorumMet({ ...twoThirds, mode: 'off' }, 30, 0)).toBe(true);
  });
});

describe('percentages of the seated, to two decimals', () => {
  it('[V11] match a National Assembly result: 432 taking part of 494 seated', () => {
    expect(percentage(432, 494)).toBe('87.45');
    expect(percentage(423, 494)).toBe('85.63');
    expect(percentage(8, 494)).toBe('1.62');
    expect(percentage(1, 494)).toBe('0.20');
  });

  it('match a confidence result: 49 of 58 delegates is 84.48%', () => {
    expect(percentage(49, 58)).toBe('84.48');
  });

  it('round half up', () => {
    expect(percentage(1, 8)).toBe('12.50');
    expect(percentage(1, 3)).toBe('33.33');
    expect(percentage(2, 3)).toBe('66.67');
    expect(percentage(1, 20000)).toBe('0.01');
    expect(percentage(1, 40000)).toBe('0.00');
    expect(percentage(30, 30)).toBe('100.00');
  });

  it('are 0.00 of an empty base', () => {
    expect(percentage(0, 0)).toBe('0.00');
  });
});
