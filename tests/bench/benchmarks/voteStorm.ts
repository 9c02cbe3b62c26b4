/**
 * vote-ack and vote-final: N delegates (a separate process of ws clients)
 * cast their ballots over one second. vote-ack is each ballot's time from
 * sending to its acknowledgement (after the commit); vote-final is the time
 * from the last ballot sent until the chair's client holds the final count,
 * the median of five storms after a warm-up.
 */
import { fork } from 'node:child_process';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import type { Benchmark, BenchRow } from '../benchResult';
import { quantile, round } from '../benchResult';
import { startBenchHub } from '../hubProcess';

const SIZES = [500, 1500];
const STORMS = 5;

interface StormResult {
  latencies: number[];
  failed: number;
  lastSentAt: number;
}

export const voteStormBenchmark: Benchmark = {
  name: 'vote-storm',
  async run({ log }) {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const n of SIZES) {
      const hub = await startBenchHub(sessionWithSeats(n));
      const clients = fork('out/bench/voteStormClients.mjs', [JSON.stringify({ socketUrl: `${hub.url.replace('http', 'ws')}/ws`, tokens: Array.from({ length: n }, (_, i) => hub.tokenOf(`seat-${i + 1}`)) })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      try {
        await new Promise<void>((resolve, reject) => {
          clients.once('message', () => resolve());
          clients.once('exit', (code) => reject(new Error(`the clients exited with ${code}`)));
        });
        const secretary = await staffClient(hub.url, hub.tokenOf('secretary'));
        const chair = await staffClient(hub.url, hub.tokenOf('chair'));
        const acks: number[] = [];
        const finals: number[] = [];
        let failed = 0;
        for (let storm = 0; storm <= STORMS; storm += 1) {
          const voteId = await secretary.createVote(`Biểu quyết thử ${storm + 1}`);
          await chair.command({ type: 'vote.open', voteId });
          const finalSeen = chair.waitForCount(voteId, n);
          clients.send({ type: 'storm', voteId, spreadMs: 1000 });
          const result = await new Promise<StormResult>((resolve) => clients.once('message', (message: StormResult) => resolve(message)));
          const finalAt = await finalSeen;
          await chair.command({ type: 'vote.close', voteId });
          if (storm === 0) continue;
          acks.push(...result.latencies);
          failed += result.failed;
          finals.push(finalAt - result.lastSentAt);
        }
        log(`vote storm at ${n}: ${acks.length} ballots acknowledged, ${failed} refused`);
        rows.push(
          { name: 'vote-ack', n, metric: 'p50_ms', value: round(quantile(acks, 0.5)) },
          { name: 'vote-ack', n, metric: 'p99_ms', value: round(quantile(acks, 0.99)), ...(n === 500 ? { goal: '< 50' } : {}) },
          { name: 'vote-final', n, metric: 'ms', value: round(quantile(finals, 0.5)), goal: '< 100' },
        );
        notes.push(`${n} delegates: ${STORMS} storms of one ballot each over 1 s after a warm-up; ${failed} ballots refused`);
        secretary.close();
        chair.close();
        clients.send({ type: 'stop' });
      } finally {
        clients.kill();
        await hub.stop();
      }
    }
    return { rows, notes };
  },
};

async function staffClient(url: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`, { perMessageDeflate: false });
  const listeners = new Set<(message: Record<string, unknown>) => void>();
  let votes: Array<{ id: string; title: string }> = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Record<string, unknown>;
    if (message.type === 'snapshot') votes = (message.state as { votes: typeof votes }).votes;
    if (message.type === 'events') {
      for (const stored of message.events as Array<{ event: { type: string; vote?: { id: string; title: string } } }>) {
        if (stored.event.type === 'vote.created' && stored.event.vote) votes.push(stored.event.vote);
      }
    }
    for (const listener of listeners) listener(message);
  });
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    const onFirst = (message: Record<string, unknown>) => {
      if (message.type === 'snapshot') {
        listeners.delete(onFirst);
        resolve();
      }
    };
    listeners.add(onFirst);
    ws.on('error', reject);
  });
  let request = 0;
  const command = (body: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const requestId = `c${++request}`;
      const listener = (message: Record<string, unknown>) => {
        if (message.requestId !== requestId) return;
        listeners.delete(listener);
        if (message.type === 'ack') resolve(message);
        else reject(new Error(`${String(body.type)} refused: ${JSON.stringify(message)}`));
      };
      listeners.add(listener);
      ws.send(JSON.stringify({ type: 'command', requestId, command: body }));
    });
  return {
    command,
    async createVote(title: string): Promise<string> {
      await command({
        type: 'vote.create', itemId: null, title, kind: 'resolution', secret: true, names: [], maxChoices: 1,
        rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' }, quorum: { numerator: 2, denominator: 3, mode: 'off' }, durationSeconds: null, allowChange: false,
      });
      const vote = votes.find((candidate) => candidate.title === title);
      if (!vote) throw new Error('the new vote did not arrive');
      return vote.id;
    },
    /** Resolves with the wall-clock time when the chair holds the final count. */
    waitForCount(voteId: string, count: number): Promise<number> {
      return new Promise((resolve) => {
        const listener = (message: Record<string, unknown>) => {
          if (message.type === 'voteProgress' && message.voteId === voteId && message.cast === count) {
            listeners.delete(listener);
            resolve(performance.timeOrigin + performance.now());
          }
        };
        listeners.add(listener);
      });
    },
    close: () => ws.close(),
  };
}
