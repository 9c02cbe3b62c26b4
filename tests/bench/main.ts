/**
 * `npm run bench [-- --only NAME[,NAME]]`: runs the benchmarks, prints a table
 * and writes bench-results.json at the project root.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { coldStartBenchmark } from './benchmarks/coldStart';
import { fanoutGuestsBenchmark } from './benchmarks/fanoutGuests';
import { hubLoadBenchmark } from './benchmarks/hubLoad';
import { pageFollowBenchmark } from './benchmarks/pageFollow';
import { prefetchBenchmark } from './benchmarks/prefetch';
import { restartReconnectBenchmark } from './benchmarks/restartReconnect';
import { timerCpuBenchmark } from './benchmarks/timerCpu';
import { voteStormBenchmark } from './benchmarks/voteStorm';
import type { Benchmark, BenchRow } from './benchResult';
// The minutes of a long session (biên bản).
import { minutesBenchmark } from './benchmarks/minutes';

const BENCHMARKS: Benchmark[] = [
  hubLoadBenchmark,
  fanoutGuestsBenchmark,
  voteStormBenchmark,
  pageFollowBenchmark,
  coldStartBenchmark,
  restartReconnectBenchmark,
  timerCpuBenchmark,
  // The minutes of a long session (biên bản).
  minutesBenchmark,
  prefetchBenchmark,
];
/** Figures a benchmark reports under another name (page-follow also measures page-jump). */
const ALIASES: Record<string, string> = {
  'page-jump': 'page-follow',
  'vote-ack': 'vote-storm',
  'vote-final': 'vote-storm',
  reconnect: 'fanout',
  'memory-per-client': 'fanout',
  'prefetch-rss': 'prefetch',
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
  const wanted = values.only?.split(',').map((name) => ALIASES[name.trim()] ?? name.trim());
  const selected = BENCHMARKS.filter((benchmark) => !wanted || wanted.includes(benchmark.name));
  if (selected.length === 0) throw new Error(`No benchmark named ${values.only}; there are: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const benchmark of selected) {
    try {
      const result = await benchmark.run({ log: (line) => console.log(line) });
      rows.push(...result.rows);
      notes.push(...result.notes.map((note) => `${benchmark.name}: ${note}`));
    } catch (error) {
      notes.push(`${benchmark.name}: not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log('');
  console.table(rows.map((row) => ({ name: row.name, n: row.n, metric: row.metric, value: row.value, baseline: row.baseline ?? '', ratio: row.ratio ?? '', goal: row.goal ?? '' })));
  for (const note of notes) console.log(note);
  writeFileSync('bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
  console.log('Wrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
