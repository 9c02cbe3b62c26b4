import { defineConfig } from 'vitest/config';
import { installNode20Polyfills } from './scripts/node20Polyfills.ts';

installNode20Polyfills();

/** Hostile-input tests: long-running, one file at a time, with a GC the memory checks can call. */
export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    execArgv: ['--expose-gc'],
  },
});
