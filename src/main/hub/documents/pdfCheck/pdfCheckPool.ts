/**
 * Runs import checks off the hub's main thread: each document in a worker thread
 * (one document at a time per worker) with a heap limit, a wall-clock limit and a
 * watch on the process's memory; at most `concurrency` at once, the rest queued
 * in arrival order. A check that passes a limit is stopped (its worker
 * terminated, never reused) and answered as too complex to check. A worker that
 * answered is kept for the next document for a while. The main thread only starts workers and waits for
 * messages, so the hub's sockets never wait on an import.
 */
import { Worker } from 'node:worker_threads';
import type { PdfProblem, UploadWarning } from '../../../../shared/protocol';
import { PDF_CHECK_LIMITS } from './pdfCheckLimits';
import type { PdfCheckRequest, PdfCheckWorkerMessage } from './pdfCheckMessages';
import { pdfCheckWorkerScript } from './pdfCheckWorkerScript';
import { watchResidentMemory } from './residentMemoryWatch';

export type PdfCheckLimits = { readonly [K in keyof typeof PDF_CHECK_LIMITS]: number };

export type PdfCheckOutcome =
  | { ok: true; pages: number; warnings: UploadWarning[] }
  | { ok: false; code: PdfProblem; message: string };

const MB = 1024 * 1024;

export class PdfCheckPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Workers that answered their last document and wait for the next. */
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();

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
    // A copy of exactly these bytes (a Buffer may be a view into a larger shared pool), moved to the worker.
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    const worker = this.idle.pop() ?? this.spawn(script);
    clearTimeout(this.idleTimers.get(worker));
    worker.ref();
    const tooComplex = (why: string): PdfCheckOutcome => ({ ok: false, code: 'timeout', message: `The PDF is too complex to check: ${why}` });
    return new Promise<PdfCheckOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: PdfCheckOutcome | Error, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        memoryWatch.stop();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reusable) this.rest(worker);
        else void worker.terminate();
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (message: PdfCheckWorkerMessage) => {
        if (!('kind' in message)) {
          finish(message, true);
          return;
        }
        // The page count is known: the time limit grows with it, counted from the check's start.
        clearTimeout(deadline);
        const limitMs = this.limits.timeoutMs + message.pages * this.limits.timeoutMsPerPage;
        deadline = setTimeout(() => finish(tooComplex(`not done within ${limitMs / 1000} s`), false), Math.max(0, startedAt + limitMs - Date.now()));
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(tooComplex(`it needs more than ${this.limits.maxOldGenerationSizeMb} MB of memory`), false);
        else finish(new Error(`The PDF check worker failed: ${error.message}`), false);
      };
      const onExit = (code: number) => finish(new Error(`The PDF check worker stopped (exit code ${code}) without an answer`), false);
      const startedAt = Date.now();
      let deadline = setTimeout(() => finish(tooComplex(`not done within ${this.limits.timeoutMs / 1000} s`), false), this.limits.timeoutMs);
      const allowedGrowth = this.limits.maxResidentGrowthMb * MB + 3 * bytes.byteLength;
      const memoryWatch = watchResidentMemory(allowedGrowth, this.limits.memorySampleMs, () => {
        finish(tooComplex(`it needs more than ${Math.round(allowedGrowth / MB)} MB of memory`), false);
      });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: PdfCheckRequest = { bytes: copy, maxPages: this.limits.maxPages };
      worker.postMessage(request, [copy]);
    });
  }

  private spawn(script: string): Worker {
    const worker = new Worker(script, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.limits.maxYoungGenerationSizeMb,
      },
    });
    worker.once('exit', () => this.forget(worker));
    return worker;
  }

  /**
   * A worker that answered waits for the next document (pdf.js loads once per worker, not
   * once per file), without keeping the process alive, and ends after a quiet while.
   */
  private rest(worker: Worker): void {
    if (this.idle.length >= this.limits.concurrency) {
      void worker.terminate();
      return;
    }
    worker.unref();
    this.idle.push(worker);
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, this.limits.idleWorkerMs);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }

  private forget(worker: Worker): void {
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
  }
}

/** The hub's one pool: every import of every session shares its limits. */
export const pdfCheckPool = new PdfCheckPool();
