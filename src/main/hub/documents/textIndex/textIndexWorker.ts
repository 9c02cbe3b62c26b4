/**
 * The text index of one PDF, made in a worker thread so the hub's sockets
 * never wait on it: pdf.js reads each page's text (`getTextContent`, the same
 * build and the same joining as the iPad's reader) and the result is written
 * beside the PDF as `<sha256>.text.json`, `{ "pages": [...] }`.
 *
 * pdf.js runs its own "worker" here in the same thread (this thread is
 * already off the hub's main one): its worker module is handed over as
 * `globalThis.pdfjsWorker`, so nothing is loaded from a path at run time and
 * the bundle works the same from out/ and from the packed app.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { pageTextOf } from '../../../../shared/search/pageText';
import type { PageTextItem } from '../../../../shared/search/pageText';
import { writeFileDurably } from '../../store/durableFiles';
import type { TextIndexJob, TextIndexOutcome } from './textIndexJob';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

async function indexText(job: TextIndexJob): Promise<TextIndexOutcome> {
  // The legacy build needs the few newer APIs Node 20 lacks (the reader's polyfills, shared here).
  await import('../../../../renderer/pdf/polyfills');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(job.pdfPath));
  const task = getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    ...(job.cMapDir ? { cMapUrl: job.cMapDir, cMapPacked: true } : {}),
    ...(job.standardFontDir ? { standardFontDataUrl: job.standardFontDir } : {}),
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      try {
        const content = await page.getTextContent();
        pages.push(pageTextOf(content.items.filter((item): item is PageTextItem & typeof item => 'str' in item)));
      } catch {
        // A page whose text cannot be read has none, like a scanned page; the others still count.
        pages.push('');
      } finally {
        page.cleanup();
      }
    }
    writeFileDurably(job.outputPath, JSON.stringify({ pages }));
    return { ok: true, pages: pages.length, textless: pages.every((text) => text.trim() === '') };
  } finally {
    await task.destroy();
  }
}

const job = workerData as TextIndexJob;
indexText(job).then(
  (outcome) => parentPort?.postMessage(outcome),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies TextIndexOutcome),
);
