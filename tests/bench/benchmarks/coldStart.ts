/**
 * cold-start: from process start until /healthz answers, on a log of 100,000
 * events (the hub's own snapshot taken, as in use). Median of five starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateHubKey } from '../../../src/main/hub/auth/hubKey';
import { demoSession } from '../../../src/main/hub/demoSession';
import { createSessionEngine } from '../../../src/main/hub/sessionEngine';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import type { DomainEvent } from '../../../src/shared/protocol';
import { freePort } from '../../helpers/freePort';
import type { Benchmark } from '../benchResult';
import { quantile, round } from '../benchResult';

const EVENTS = 100_000;
const STARTS = 5;

export const coldStartBenchmark: Benchmark = {
  name: 'cold-start',
  async run({ log }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'chamber-cold-'));
    try {
      const eventLog = openSqliteEventLog(join(dataDir, 'chamber.sqlite'));
      const key = loadOrCreateHubKey(dataDir, { sessionExists: eventLog.lastSeq() > 0 });
      const seeding = createSessionEngine({ log: eventLog, key });
      seeding.seedIfEmpty(demoSession());
      const items = seeding.state().agenda.map((item) => item.id);
      for (let seq = eventLog.lastSeq(); seq < EVENTS; seq += 1000) {
        const batch: DomainEvent[] = Array.from({ length: Math.min(1000, EVENTS - seq) }, (_, i) => ({ type: 'agenda.currentSet', itemId: items[(seq + i) % items.length] ?? null }));
        eventLog.append(batch, Date.now());
      }
      eventLog.close();
      log(`cold-start: a log of ${EVENTS} events written; first start takes the snapshot`);
      await timeStart(dataDir);
      const times: number[] = [];
      for (let i = 0; i < STARTS; i += 1) times.push(await timeStart(dataDir));
      return { rows: [{ name: 'cold-start', n: EVENTS, metric: 'ms', value: round(quantile(times, 0.5)), goal: '< 1000' }], notes: [`median of ${STARTS} starts of the built serve entry`] };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['out/main/serve.cjs', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--insecure-http'], { stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.ok) return performance.now() - started;
      } catch {
        /* not listening yet */
      }
      if (child.exitCode !== null) throw new Error('the hub exited during start');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
