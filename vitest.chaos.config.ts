import { defineConfig } from 'vitest/config';
import { installNode20Polyfills } from './scripts/node20Polyfills.ts';

installNode20Polyfills();

/** Fault tests: hubs killed, connections cut, disks filled. One file at a time. */
export default defineConfig({
  test: {
    include: ['tests/chaos/**/*.chaos.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
