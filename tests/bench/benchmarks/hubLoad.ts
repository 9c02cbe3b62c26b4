/**
 * fanout, reconnect and memory-per-client. The hub runs in its own process
 * with a session of N seats; N delegates and the secretary run in another.
 * fanout: a change of the current item until every delegate holds it, next to
 * a bare ws server broadcasting the same bytes to the same N clients (the
 * baseline, measured in the same run). reconnect: all delegates dropped at
 * once, changes made meanwhile, until all have resumed with their lastSeq and
 * converged. memory: hub RSS with the delegates connected, minus before, per client.
 */
import { readFileSync } from 'node:fs';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import type { Benchmark, BenchRow } from '../benchResult';
import { quantile, round } from '../benchResult';
import { baselineFanoutLatencies, FANOUT_REPETITIONS, FANOUT_WARM_UP, hubFanoutLatencies, itemIdsOf, runFanoutClients, startFanoutClients } from '../fanoutProcesses';
import { startBenchHub } from '../hubProcess';

const SIZES = (process.env.BENCH_FANOUT_SIZES ?? '100,500,1500').split(',').map(Number);

function rssKb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  if (!match?.[1]) throw new Error('no VmRSS');
  return Number(match[1]);
}

export const hubLoadBenchmark: Benchmark = {
  name: 'fanout',
  async run({ log }) {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const n of SIZES) {
      const hub = await startBenchHub(sessionWithSeats(n));
      const itemIds = await itemIdsOf(hub.url, hub.tokenOf('secretary'));
      const pid = hub.pid;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const rssBefore = rssKb(pid);
      const clients = await startFanoutClients({ socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens: Array.from({ length: n }, (_, i) => hub.tokenOf(`seat-${i + 1}`)), driverToken: hub.tokenOf('secretary'), mode: 'hub', itemIds });
      try {
        const hubLatencies = await hubFanoutLatencies(clients);
        if (n === 500) {
          const rssWith = rssKb(pid);
          rows.push({ name: 'memory-per-client', n, metric: 'kb', value: round((rssWith - rssBefore) / n), goal: '< 50' });
          const reconnects = await runFanoutClients(clients, { type: 'reconnect', rounds: 6, changes: 5 });
          rows.push({ name: 'reconnect', n, metric: 'ms', value: round(quantile(reconnects.slice(1), 0.5)), goal: '< 2000' });
          notes.push(`reconnect: ${n} delegates dropped at once while the secretary made 5 changes; median of 5 rounds after a warm-up`);
        }
        clients.send({ type: 'stop' });
        const baseline = await baselineFanoutLatencies(n, itemIds);
        const p50 = quantile(hubLatencies, 0.5);
        const p99 = quantile(hubLatencies, 0.99);
        const b50 = quantile(baseline, 0.5);
        const b99 = quantile(baseline, 0.99);
        rows.push(
          { name: 'fanout', n, metric: 'p50_ms', value: round(p50, 2), baseline: round(b50, 2), ratio: round(p50 / b50, 2) },
          { name: 'fanout', n, metric: 'p99_ms', value: round(p99, 2), baseline: round(b99, 2), ratio: round(p99 / b99, 2), goal: 'ratio <= 1.3' },
        );
        log(`fanout at ${n}: hub p99 ${round(p99, 2)} ms, baseline p99 ${round(b99, 2)} ms`);
      } finally {
        clients.kill();
        await hub.stop();
      }
    }
    notes.push(`fanout: ${FANOUT_REPETITIONS} changes of the current item per size after ${FANOUT_WARM_UP} to warm up; the baseline is a bare ws server broadcasting the same bytes`);
    return { rows, notes };
  },
};
