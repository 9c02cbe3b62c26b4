/** The chaos tests' seeded random source: one seed, one sequence, so a failing run can be replayed. */
import { describe, expect, it } from 'vitest';
import { chaosSeed, seededRandom } from '../../helpers/chaosRandom';

const draw = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('seeded random', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draw(20261129, 50)).toEqual(draw(20261129, 50));
    expect(draw(20261129, 50)).not.toEqual(draw(20261130, 50));
  });

  it('draws numbers in [0, 1) that spread over the whole range', () => {
    const values = draw(7, 10_000);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const tenths = new Set(values.map((value) => Math.floor(value * 10)));
    expect(tenths.size).toBe(10);
  });

  it('picks integers below a bound, reaching every one of them', () => {
    const random = seededRandom(3);
    const picks = Array.from({ length: 2000 }, () => random.below(100));
    expect(picks.every((pick) => Number.isInteger(pick) && pick >= 0 && pick < 100)).toBe(true);
    expect(new Set(picks).size).toBe(100);
  });
});

describe('chaos seed', () => {
  it('takes CHAOS_SEED when it is set', () => {
    expect(chaosSeed({ CHAOS_SEED: '12345' })).toBe(12345);
    expect(chaosSeed({ CHAOS_SEED: '0' })).toBe(0);
  });

  it('draws a fresh 32-bit seed when CHAOS_SEED is not set', () => {
    const seed = chaosSeed({});
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });

  it('refuses a CHAOS_SEED that is not a 32-bit unsigned integer, instead of running with another seed', () => {
    for (const bad of ['abc', '1.5', '-1', String(2 ** 32)]) expect(() => chaosSeed({ CHAOS_SEED: bad }), bad).toThrow(/CHAOS_SEED must be an integer/);
  });
});
