/**
 * Runs import checks off the hub's main thread: each document in a fresh worker
 * thread with a heap limit, a wall-clock limit and a watch on the process's
 * memory; at most `concurrency` at once, the rest queued in arrival order. A
 * check that passes a limit is stopped (the worker terminated) and answered as
 * too complex to check. The main thread only starts workers and waits for
 * messages, so the hub's sockets never wait on an import.
 */
import { Worker } from 'node:worker_threads';
import type { PdfProblem, UploadWarning } from '../../../../shared/protocol';
import { PDF_CHECK_LIMITS } from './pdfCheckLimits';
import type { PdfCheckAnswer, PdfCheckRequest } from './pdfCheckMessages';
import { pdfCheckWorkerScript } from './pdfCheckWorkerScript';

export type PdfCheckLimits = { readonly [K in keyof typeof PDF_CHECK_LIMITS]: number };

export type PdfCheckOutcome =
  | { ok: true; pages: number; warnings: UploadWarning[] }
  | { ok: false; code: PdfProblem; message: string };

const MB = 1024 * 1024;

export class PdfCheckPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limits: PdfCheckLimits = PDF_CHECK_LIMITS,
    private readonly script: () => Promise<string> = pdfCheckWorkerScript,
  ) {}

  /** Checks one document; the bytes are copied, so the caller's buffer stays its own. */
  async check(bytes: Uint8Array): Promise<PdfCheckOutcome> {
    await this.turn();
    try {
      return await this.runWorker(await this.script(), bytes);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Checks started and not yet answered, and checks waiting to start. */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private turn(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    // The slot is handed over by the finishing check, so `running` stays counted.
    return new Promise((resolve) => this.waiting.push(() => {
      this.running += 1;
      resolve();
    }));
  }

  private runWorker(script: string, bytes: Uint8Array): Promise<PdfCheckOutcome> {
    const copy = bytes.slice().buffer;
    const worker = new Worker(script, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.limits.maxYoungGenerationSizeMb,
      },
    });
    const tooComplex = (why: string): PdfCheckOutcome => ({ ok: false, code: 'timeout', message: `The PDF is too complex to check: ${why}` });
    return new Promise<PdfCheckOutcome>((resolve, reject) => {
      let settled = false;
      const residentAtStart = process.memoryUsage.rss();
      const finish = (outcome: PdfCheckOutcome | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        clearInterval(memoryWatch);
        void worker.terminate();
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const deadline = setTimeout(() => finish(tooComplex(`not done within ${this.limits.timeoutMs / 1000} s`)), this.limits.timeoutMs);
      const memoryWatch = setInterval(() => {
        if (process.memoryUsage.rss() - residentAtStart > this.limits.maxResidentGrowthMb * MB) {
          finish(tooComplex(`it needs more than ${this.limits.maxResidentGrowthMb} MB of memory`));
        }
      }, this.limits.memorySampleMs);
      worker.once('message', (answer: PdfCheckAnswer) => finish(answer));
      worker.once('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(tooComplex(`it needs more than ${this.limits.maxOldGenerationSizeMb} MB of memory`));
        else finish(new Error(`The PDF check worker failed: ${error.message}`));
      });
      worker.once('exit', (code) => finish(new Error(`The PDF check worker stopped (exit code ${code}) without an answer`)));
      const request: PdfCheckRequest = { bytes: copy, maxPages: this.limits.maxPages };
      worker.postMessage(request, [copy]);
    });
  }
}

/** The hub's one pool: every import of every session shares its limits. */
export const pdfCheckPool = new PdfCheckPool();
