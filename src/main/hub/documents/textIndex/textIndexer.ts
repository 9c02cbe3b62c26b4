/**
 * Makes each stored document's text index once, one document at a time, in a
 * worker thread with a time limit, a heap limit and a watch on the process's
 * resident memory (the same as the import check's, for decoded streams that
 * live outside the heap), and keeps it on disk beside
 * the PDF (`<sha256>.text.json`). A document asked for by an iPad goes to the
 * front of the queue. A document whose index could not be made is not tried
 * again until the hub restarts; the route says so instead of waiting forever.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentStore } from '../documentStore';
import type { Logger } from '../../logger';
import { PDF_CHECK_LIMITS } from '../pdfCheck/pdfCheckLimits';
import { watchResidentMemory } from '../pdfCheck/residentMemoryWatch';
import type { TextIndexJob, TextIndexOutcome } from './textIndexJob';
import { textIndexWorkerCode } from './textIndexWorkerCode';

export type TextIndexStatus = 'ready' | 'pending' | 'failed' | 'unknown';

export interface TextIndexer {
  /** Whether the PDF itself is stored, so its index can be made. */
  isStored(sha256: string): boolean;
  /** The index file of a stored document, or null while it is not made. */
  fileOf(sha256: string): string | null;
  status(sha256: string): TextIndexStatus;
  /** Queues a stored document whose index is not made yet; `urgent` puts it first. */
  ensure(sha256: string, urgent?: boolean): void;
  /** Resolves once the queue is empty (tests, and a clean stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface TextIndexerOptions {
  store: DocumentStore;
  log: Logger;
  /** pdf.js's assets folder (with cmaps/ and standard_fonts/), when there is one. */
  pdfjsAssetsDir?: string;
  /** The longest one document may take; 10 minutes by default (a 1,500-page document takes well under one). */
  timeLimitMs?: number;
  /** The worker's heap limit; 512 MB by default. */
  memoryLimitMb?: number;
  /**
   * How far the process's resident memory may grow while one document is read, plus three
   * times the file's size, before the worker is stopped and the document marked failed;
   * the import check's bound (768 MB) by default.
   */
  maxResidentGrowthMb?: number;
}

const DEFAULT_TIME_LIMIT_MS = 10 * 60_000;
const DEFAULT_MEMORY_LIMIT_MB = 512;
const MB = 1024 * 1024;

export function indexFileName(sha256: string): string {
  return `${sha256}.text.json`;
}

export function createTextIndexer(options: TextIndexerOptions): TextIndexer {
  const { store, log } = options;
  const failed = new Set<string>();
  const queue: string[] = [];
  let running: string | null = null;
  let current: Worker | null = null;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];
  const indexPath = (sha256: string) => join(store.dir, indexFileName(sha256));

  function fileOf(sha256: string): string | null {
    if (!store.pathOf(sha256)) return null;
    const path = indexPath(sha256);
    return existsSync(path) ? path : null;
  }

  function status(sha256: string): TextIndexStatus {
    if (fileOf(sha256)) return 'ready';
    if (running === sha256 || queue.includes(sha256)) return 'pending';
    if (failed.has(sha256)) return 'failed';
    return 'unknown';
  }

  function ensure(sha256: string, urgent = false): void {
    if (stopped || failed.has(sha256) || running === sha256) return;
    const waiting = queue.indexOf(sha256);
    if (waiting >= 0) {
      if (urgent && waiting > 0) {
        queue.splice(waiting, 1);
        queue.unshift(sha256);
      }
      return;
    }
    if (!store.pathOf(sha256) || fileOf(sha256)) return;
    if (urgent) queue.unshift(sha256);
    else queue.push(sha256);
    next();
  }

  function next(): void {
    if (running !== null) return;
    const sha256 = queue.shift();
    if (sha256 === undefined || stopped) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((resolve) => resolve());
      return;
    }
    running = sha256;
    void run(sha256).then((outcome) => {
      running = null;
      current = null;
      if (outcome.ok) log.info('made the text index of a document', { sha256, pages: outcome.pages, textless: outcome.textless });
      else if (!stopped) {
        failed.add(sha256);
        log.warn('could not make the text index of a document', { sha256, reason: outcome.message });
      }
      next();
    });
  }

  async function run(sha256: string): Promise<TextIndexOutcome> {
    const pdfPath = store.pathOf(sha256);
    if (!pdfPath) return { ok: false, message: 'the document is no longer stored' };
    let code: string;
    try {
      code = await textIndexWorkerCode();
    } catch (error) {
      return { ok: false, message: `the worker cannot be loaded: ${String(error)}` };
    }
    if (stopped) return { ok: false, message: 'the hub is stopping' };
    const assets = options.pdfjsAssetsDir;
    const job: TextIndexJob = {
      pdfPath,
      outputPath: indexPath(sha256),
      ...(assets && existsSync(join(assets, 'cmaps')) ? { cMapDir: `${join(assets, 'cmaps')}/` } : {}),
      ...(assets && existsSync(join(assets, 'standard_fonts')) ? { standardFontDir: `${join(assets, 'standard_fonts')}/` } : {}),
    };
    return new Promise<TextIndexOutcome>((resolve) => {
      const worker = new Worker(code, {
        eval: true,
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB },
        // pdf.js warns on its console about canvas features it has no use for here.
        stdout: true,
        stderr: true,
      });
      current = worker;
      worker.stdout.resume();
      worker.stderr.resume();
      let settled: TextIndexOutcome | null = null;
      const timer = setTimeout(() => {
        settled ??= { ok: false, message: 'took longer than the time limit' };
        void worker.terminate();
      }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
      timer.unref();
      const allowedGrowth = (options.maxResidentGrowthMb ?? PDF_CHECK_LIMITS.maxResidentGrowthMb) * MB + 3 * fileSize(pdfPath);
      const memoryWatch = watchResidentMemory(allowedGrowth, PDF_CHECK_LIMITS.memorySampleMs, () => {
        settled ??= { ok: false, message: `needed more than ${Math.round(allowedGrowth / MB)} MB of memory` };
        void worker.terminate();
      });
      worker.on('message', (outcome: TextIndexOutcome) => {
        settled ??= outcome;
      });
      worker.on('error', (error: unknown) => {
        settled ??= { ok: false, message: error instanceof Error ? error.message : String(error) };
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        memoryWatch.stop();
        resolve(settled ?? { ok: false, message: 'the worker stopped without an answer' });
      });
    });
  }

  function fileSize(path: string): number {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  }

  return {
    isStored: (sha256) => store.pathOf(sha256) !== null,
    fileOf,
    status,
    ensure,
    idle() {
      if (running === null && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopped = true;
      queue.length = 0;
      await current?.terminate();
    },
  };
}
