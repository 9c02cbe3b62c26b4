import { defineConfig } from 'vitest/config';
import { installNode20Polyfills } from './scripts/node20Polyfills.ts';

installNode20Polyfills();

/** The real-WebKit run: one file at a time, with room for the browser to start. */
export default defineConfig({
  test: {
    include: ['tests/webkit/**/*.webkit.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
