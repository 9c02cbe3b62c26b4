/**
 * fanout, reconnect and memory-per-client. The hub runs in its own process
 * with a session of N seats; N delegates and the secretary run in another.
 * fanout: a change of the current item until every delegate holds it, next to
 * a bare ws server broadcasting the same bytes to the same N clients (the
 * baseline, measured in the same run). reconnect: all delegates dropped at
 * once, changes made meanwhile, until all have resumed with their lastSeq and
 * converged. memory: hub RSS with the delegates connected, minus before, per client.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import type { Benchmark, BenchRow } from '../benchResult';
import { quantile, round } from '../benchResult';
import { startBenchHub } from '../hubProcess';

const SIZES = (process.env.BENCH_FANOUT_SIZES ?? '100,500,1500').split(',').map(Number);
const REPETITIONS = 120;

function waitMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`a benchmark process exited with ${code}`)));
  });
}

function rssKb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  if (!match?.[1]) throw new Error('no VmRSS');
  return Number(match[1]);
}

async function clientsFor(config: object): Promise<ChildProcess> {
  const child = fork('out/bench/fanoutClients.mjs', [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await waitMessage(child, 'ready');
  return child;
}

async function run(child: ChildProcess, command: object): Promise<number[]> {
  const done = waitMessage<{ latencies: number[] }>(child, 'result');
  child.send(command);
  return (await done).latencies;
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
      const clients = await clientsFor({ socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens: Array.from({ length: n }, (_, i) => hub.tokenOf(`seat-${i + 1}`)), driverToken: hub.tokenOf('secretary'), mode: 'hub', itemIds });
      try {
        await run(clients, { type: 'fanout', repetitions: 20 });
        const hubLatencies = await run(clients, { type: 'fanout', repetitions: REPETITIONS });
        if (n === 500) {
          const rssWith = rssKb(pid);
          rows.push({ name: 'memory-per-client', n, metric: 'kb', value: round((rssWith - rssBefore) / n), goal: '< 50' });
          const reconnects = await run(clients, { type: 'reconnect', rounds: 6, changes: 5 });
          rows.push({ name: 'reconnect', n, metric: 'ms', value: round(quantile(reconnects.slice(1), 0.5)), goal: '< 2000' });
          notes.push(`reconnect: ${n} delegates dropped at once while the secretary made 5 changes; median of 5 rounds after a warm-up`);
        }
        clients.send({ type: 'stop' });
        const baseline = await baselineLatencies(n, itemIds);
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
    notes.push(`fanout: ${REPETITIONS} changes of the current item per size after 20 to warm up; the baseline is a bare ws server broadcasting the same bytes`);
    return { rows, notes };
  },
};

async function baselineLatencies(n: number, itemIds: string[]): Promise<number[]> {
  const server = fork('out/bench/baselineServer.mjs', [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { port } = await waitMessage<{ port: number }>(server, 'listening');
    const clients = await clientsFor({ socketUrl: `ws://127.0.0.1:${port}`, tokens: Array.from({ length: n }, () => ''), driverToken: '', mode: 'baseline', itemIds });
    try {
      await run(clients, { type: 'fanout', repetitions: 20 });
      return await run(clients, { type: 'fanout', repetitions: REPETITIONS });
    } finally {
      clients.kill();
    }
  } finally {
    server.kill();
  }
}

async function itemIdsOf(url: string, token: string): Promise<string[]> {
  const { default: WebSocket } = await import('ws');
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: 1 })));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; state?: { agenda: Array<{ id: string }> } };
      if (message.type !== 'snapshot') return;
      ws.close();
      resolve(message.state?.agenda.map((item) => item.id) ?? []);
    });
    ws.on('error', reject);
  });
}
