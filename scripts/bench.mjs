// Builds the benchmark runner (tests/bench) into out/bench and runs it with the given arguments.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['tests/bench/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  outfile: 'out/bench/main.mjs',
  logLevel: 'error',
});
const result = spawnSync(process.execPath, ['out/bench/main.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
