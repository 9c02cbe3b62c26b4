/**
 * The import check's worker thread (bundled as its own entry, out/main/pdfCheckWorker.cjs).
 * It checks one document at a time, answering each with one message; the pool
 * terminates it when a check passes a limit.
 * pdf.js runs its parser in this same thread ("fake worker"), so the whole check,
 * and whatever memory a hostile file makes it take, stays inside this thread's limits.
 */
import './silenceWorkerConsole';
import '../../../../renderer/pdf/polyfills';
import { parentPort } from 'node:worker_threads';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { checkPdfWithPdfjs } from './checkPdfWithPdfjs';
import type { PdfCheckAnswer, PdfCheckPageCount, PdfCheckRequest } from './pdfCheckMessages';

// pdf.js looks here for its parser before trying to load a worker script of its own.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

if (!parentPort) throw new Error('The PDF check runs only as a worker thread');
const port = parentPort;
port.on('message', (request: PdfCheckRequest) => {
  const sendPageCount = (pages: number) => port.postMessage({ kind: 'page_count', pages } satisfies PdfCheckPageCount);
  void checkPdfWithPdfjs(new Uint8Array(request.bytes), request.maxPages, sendPageCount)
    .catch((error: unknown): PdfCheckAnswer => ({ ok: false, code: 'corrupt', message: `The check failed: ${String(error).slice(0, 200)}` }))
    .then((answer) => port.postMessage(answer));
});
