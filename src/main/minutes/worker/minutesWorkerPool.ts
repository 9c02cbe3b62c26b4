/**
 * Runs minutes jobs off the hub's main thread: in one worker thread, one job at a
 * time, the rest queued in arrival order (up to `maxWaiting`; past that a job is
 * refused as busy, at once). A job that passes its time or memory limit is stopped
 * (its worker terminated, never reused); a worker that answered is kept a while
 * for the next job (pdf.js, pdfmake and the fonts load once, not once per file).
 * The main thread only starts the worker and waits for its message, so the hall's
 * votes and page turns never wait on the minutes.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { outsideAsar } from '../../hub/documents/pdfCheck/pdfCheckWorkerScript';
import { sqliteBinding } from '../../hub/store/sqliteBinding';
import { minutesFontsDir } from '../render/minutesFontsDir';
import { MINUTES_WORKER_LIMITS } from './minutesWorkerLimits';
import type { MinutesWorkerLimits } from './minutesWorkerLimits';
import type { MinutesJob, MinutesJobAnswer, MinutesWorkerData } from './minutesWorkerMessages';
import { minutesWorkerScript } from './minutesWorkerScript';

/** A job's outcome: the worker's answer, or why it has none. */
export type MinutesJobOutcome = MinutesJobAnswer | { kind: 'busy'; message: string } | { kind: 'timeout'; message: string };

export class MinutesWorkerPool {
  private running = false;
  private readonly waiting: Array<() => void> = [];
  private idle: Worker | null = null;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: MinutesWorkerLimits = MINUTES_WORKER_LIMITS,
    private readonly script: () => Promise<string> = minutesWorkerScript,
  ) {}

  /** Runs one job; a check's bytes are copied, so the caller's buffer stays its own. */
  async run(job: MinutesJob): Promise<MinutesJobOutcome> {
    if (this.running && this.waiting.length >= this.limits.maxWaiting) {
      return { kind: 'busy', message: `The hub is making other minutes (${this.waiting.length + 1} ahead); try again in a moment` };
    }
    await this.turn();
    try {
      return await this.runInWorker(await this.script(), job);
    } finally {
      this.running = false;
      this.waiting.shift()?.();
    }
  }

  /** Whether a job runs, and how many wait. */
  load(): { running: boolean; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private turn(): Promise<void> {
    if (!this.running) {
      this.running = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => {
      this.running = true;
      resolve();
    }));
  }

  private runInWorker(script: string, job: MinutesJob): Promise<MinutesJobOutcome> {
    const worker = this.idle ?? this.spawn(script);
    this.idle = null;
    clearTimeout(this.idleTimer);
    worker.ref();
    return new Promise<MinutesJobOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: MinutesJobOutcome, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reusable) this.rest(worker);
        else void worker.terminate();
        resolve(outcome);
      };
      const onMessage = (answer: MinutesJobAnswer) => finish(answer, true);
      const onError = (error: Error & { code?: string }) => {
        const why = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needs more than ${this.limits.maxOldGenerationSizeMb} MB of memory` : error.message;
        finish({ kind: 'failed', message: `The minutes worker failed: ${why}` }, false);
      };
      const onExit = (code: number) => finish({ kind: 'failed', message: `The minutes worker stopped (exit code ${code}) without an answer` }, false);
      const deadline = setTimeout(() => finish({ kind: 'timeout', message: `The minutes were not done within ${this.limits.timeoutMs / 1000} s` }, false), this.limits.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (job.kind === 'check') {
        const copy = job.bytes.slice(0);
        worker.postMessage({ ...job, bytes: copy } satisfies MinutesJob, [copy]);
      } else {
        worker.postMessage(job);
      }
    });
  }

  private spawn(script: string): Worker {
    const workerData: MinutesWorkerData = { sqliteBinding: sqliteBinding() ?? npmBuiltSqliteBinding(), fontsDir: minutesFontsDir() };
    const worker = new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb } });
    worker.once('exit', () => {
      if (this.idle === worker) this.idle = null;
    });
    return worker;
  }

  /** A worker that answered waits for the next job without keeping the process alive, and ends after a quiet while. */
  private rest(worker: Worker): void {
    worker.unref();
    this.idle = worker;
    this.idleTimer = setTimeout(() => {
      if (this.idle === worker) this.idle = null;
      void worker.terminate();
    }, this.limits.idleWorkerMs);
    this.idleTimer.unref();
  }
}

/**
 * The binding npm built for this Node (or electron-builder rebuilt for the packed
 * app, unpacked beside app.asar): the worker bundles better-sqlite3's JavaScript,
 * which cannot find its binding by itself from there.
 */
function npmBuiltSqliteBinding(): string {
  const require = createRequire(typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json'));
  return outsideAsar(join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'));
}

/** The hub's one minutes worker: every minutes file and check of every session takes its turn. */
export const minutesWorkerPool = new MinutesWorkerPool();
