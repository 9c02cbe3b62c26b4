/**
 * The minutes worker pool with stand-in worker scripts: one job at a time, the
 * rest queued in order; past `maxWaiting` a job is refused as busy at once;
 * a job past its time limit is stopped and answered as a timeout; a worker
 * that dies answers as failed; the next job gets a fresh worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINUTES_WORKER_LIMITS } from '../../../../../src/main/minutes/worker/minutesWorkerLimits';
import { MinutesWorkerPool } from '../../../../../src/main/minutes/worker/minutesWorkerPool';
import type { MinutesJob } from '../../../../../src/main/minutes/worker/minutesWorkerMessages';

const dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script: answers each job with `refused`, naming the job's log file, or never for "hang", or dies for "die". */
function standInScript(): string {
  const file = join(dir, 'standIn.cjs');
  writeFileSync(file, `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (job) => {
      if (job.databaseFile === 'hang') return;
      if (job.databaseFile === 'die') process.exit(3);
      parentPort.postMessage({ kind: 'refused', code: 'no_events', message: job.databaseFile });
    });
  `);
  return file;
}

const job = (databaseFile: string): MinutesJob => ({ kind: 'make', databaseFile, scope: { kind: 'minutes', sessionId: 's', sitting: null }, format: 'pdf', locale: 'vi' });

describe('MinutesWorkerPool', () => {
  it('runs one job at a time and answers the queued ones in arrival order', async () => {
    const script = standInScript();
    const pool = new MinutesWorkerPool({ ...MINUTES_WORKER_LIMITS, maxWaiting: 4 }, () => Promise.resolve(script));
    const answers = await Promise.all(['a', 'b', 'c'].map((name) => pool.run(job(name))));
    expect(answers.map((answer) => (answer.kind === 'refused' ? answer.message : answer.kind))).toEqual(['a', 'b', 'c']);
    expect(pool.load()).toEqual({ running: false, waiting: 0 });
  });

  it('refuses a job as busy at once when maxWaiting jobs already wait, and stops a job past its time limit', async () => {
    const script = standInScript();
    const pool = new MinutesWorkerPool({ ...MINUTES_WORKER_LIMITS, maxWaiting: 1, timeoutMs: 300 }, () => Promise.resolve(script));
    const running = pool.run(job('hang'));
    const waiting = pool.run(job('hang'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(pool.load()).toEqual({ running: true, waiting: 1 });
    expect(await pool.run(job('third'))).toEqual({ kind: 'busy', message: expect.stringContaining('making other minutes') });
    expect(await running).toEqual({ kind: 'timeout', message: 'The minutes were not done within 0.3 s' });
    expect(await waiting).toMatchObject({ kind: 'timeout' });
    expect(await pool.run(job('after'))).toEqual({ kind: 'refused', code: 'no_events', message: 'after' });
  });

  it('answers failed when the worker dies, and starts a fresh one for the next job', async () => {
    const script = standInScript();
    const pool = new MinutesWorkerPool(MINUTES_WORKER_LIMITS, () => Promise.resolve(script));
    expect(await pool.run(job('die'))).toEqual({ kind: 'failed', message: 'The minutes worker stopped (exit code 3) without an answer' });
    expect(await pool.run(job('next'))).toMatchObject({ kind: 'refused', message: 'next' });
  });
});
