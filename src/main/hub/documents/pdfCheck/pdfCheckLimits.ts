/**
 * The bounds of one import check. A file that needs more is refused as too
 * complex to check (`timeout`) or as having too many pages; the hub itself
 * never waits on it.
 */
import { MAX_DOCUMENT_PAGES } from '../../../../shared/protocol';

export const PDF_CHECK_LIMITS = {
  /**
   * Wall-clock time for one document, from the worker's start to its answer, plus
   * `timeoutMsPerPage` for each page once the page count is known; then the worker is terminated.
   */
  timeoutMs: 20_000,
  /**
   * Each page's content is decoded (its text read): a 1,500-page text document took 8 to 14 s
   * on a busy two-core machine, so each page adds 20 ms (1,500 pages: 50 s in all).
   */
  timeoutMsPerPage: 20,
  /** The worker's V8 heap (`resourceLimits.maxOldGenerationSizeMb`). */
  maxOldGenerationSizeMb: 512,
  /** The worker's young generation (`resourceLimits.maxYoungGenerationSizeMb`). */
  maxYoungGenerationSizeMb: 32,
  /**
   * Decoded streams live in ArrayBuffers, outside the V8 heap, so `resourceLimits` does
   * not bound them: the process's resident memory may grow this much, plus three times
   * the file's size (the staged bytes, the worker's copy, pdf.js's own), above what it
   * was when a check began, before the checks running are stopped.
   */
  maxResidentGrowthMb: 768,
  /** How often the resident memory is sampled while a check runs. */
  memorySampleMs: 100,
  /** Documents with more pages are refused before their pages are walked. */
  maxPages: MAX_DOCUMENT_PAGES,
  /** Checks running at once; the rest wait their turn. */
  concurrency: 2,
  /** A worker that answered waits this long for another document before it ends. */
  idleWorkerMs: 30_000,
} as const;
