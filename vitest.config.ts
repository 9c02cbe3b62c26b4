import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { installNode20Polyfills } from './scripts/node20Polyfills.ts';

installNode20Polyfills();

/**
 * The vitest layers, one project each; `npm run test:<name>` runs one (`vitest run --project <name>`),
 * and a bare `vitest run <file>` finds the project whose files match.
 */
const projects: TestProjectInlineConfiguration[] = [
  {
    /** Pure code, mirroring src/: no hub, no socket, no file on disk. Runs in seconds. */
    test: {
      name: 'unit',
      include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
      environment: 'node',
      testTimeout: 20_000,
      pool: 'threads',
    },
  },
  {
    /** Real hubs on 127.0.0.1 and random ports, real ws clients, real SQLite files in temporary folders. */
    test: {
      name: 'integration',
      include: ['tests/integration/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
      pool: 'forks',
    },
  },
  {
    /** Hostile-input tests: long-running, one file at a time, with a GC the memory checks can call. */
    test: {
      name: 'fuzz',
      include: ['tests/fuzz/**/*.fuzz.test.ts'],
      environment: 'node',
      testTimeout: 300_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      pool: 'forks',
      execArgv: ['--expose-gc'],
    },
  },
  {
    /** Fault tests: hubs killed, connections cut, disks filled. One file at a time. */
    test: {
      name: 'chaos',
      include: ['tests/chaos/**/*.chaos.test.ts'],
      environment: 'node',
      testTimeout: 600_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      pool: 'forks',
    },
  },
  {
    /** The real-WebKit run: one file at a time, with room for the browser to start. */
    test: {
      name: 'webkit',
      include: ['tests/webkit/**/*.webkit.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 60_000,
      fileParallelism: false,
    },
  },
  {
    /**
     * The Electron shell: the built entry (out/main/index.cjs) under a stand-in for `electron`, with
     * real Chromium windows and real hub processes. One file at a time.
     */
    test: {
      name: 'shell',
      include: ['tests/shell/**/*.shell.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      pool: 'forks',
    },
  },
];

export default defineConfig({ test: { projects } });
