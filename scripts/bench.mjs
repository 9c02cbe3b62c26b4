// Builds the benchmark runner and its load-client process (tests/bench) into out/bench and runs it.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'tests/bench/main.ts',
    voteStormClients: 'tests/bench/voteStormClients.ts',
    fanoutClients: 'tests/bench/fanoutClients.ts',
    restartClients: 'tests/bench/restartClients.ts',
    baselineServer: 'tests/bench/baselineServer.ts',
    timerClients: 'tests/bench/timerClients.ts',
    prefetchClients: 'tests/bench/prefetchClients.ts',
    staticFileServer: 'tests/bench/staticFileServer.ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  logLevel: 'error',
});
const result = spawnSync(process.execPath, ['out/bench/main.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
