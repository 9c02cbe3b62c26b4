import { defineConfig } from 'vitest/config';
import { installNode20Polyfills } from './scripts/node20Polyfills.ts';

installNode20Polyfills();

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
