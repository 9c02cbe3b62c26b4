/**
 * The chaos tests' random choices (who is cut off, when the hub is killed),
 * from one seed, so that a failing run can be replayed. The seed comes from
 * CHAOS_SEED, or is drawn fresh; a failing test prints it.
 */
import { randomInt } from 'node:crypto';
import { onTestFailed } from 'vitest';

export interface SeededRandom {
  readonly seed: number;
  /** A number in [0, 1), like Math.random. */
  next(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
}

const MAX_SEED = 2 ** 32;

/** mulberry32: a small, fast 32-bit generator; plenty for choosing victims and moments. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / MAX_SEED;
  };
  return { seed, next, below: (bound) => Math.floor(next() * bound) };
}

/** CHAOS_SEED as a seed, a fresh one when it is not set; anything else is refused. */
export function chaosSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CHAOS_SEED;
  if (given === undefined || given === '') return randomInt(MAX_SEED);
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0 || seed >= MAX_SEED) throw new Error(`CHAOS_SEED must be an integer from 0 to ${MAX_SEED - 1}, not ${JSON.stringify(given)}`);
  return seed;
}

/**
 * The random source of one chaos test. Call it inside the test: if the test
 * fails, the seed is printed with the command that replays the run.
 */
export function chaosRandom(): SeededRandom {
  const random = seededRandom(chaosSeed());
  onTestFailed(({ task }) => {
    console.error(`"${task.name}" failed with CHAOS_SEED=${random.seed}; replay it with: CHAOS_SEED=${random.seed} npm run test:chaos`);
  });
  return random;
}
