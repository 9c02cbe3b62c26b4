/**
 * pdf.js, set up once for every app: the legacy build (for iPad Safari), its
 * worker, and the CMaps, standard fonts, ICC profiles and decoders the hub
 * serves beside the apps under /pdfjs/.
 *
 * The delegate app calls `preparePdfjs()` as it starts (issue 12, offline):
 * this module's code is then loaded, one worker is started and kept for every
 * document, and the binary files are held in memory, so a document opens with
 * the hub out of reach. Every open passes the same worker and the factory that
 * answers from memory.
 */
import './polyfills';
import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { bindLoadedPdf } from './loadedPdf';
import type { LoadedPdf } from './loadedPdf';
import { PreloadedBinaryDataFactory, preloadPdfjsBinaryData } from './preloadedBinaryData';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

export interface OpenedPdf {
  pdf: LoadedPdf;
  close(): Promise<void>;
}

let sharedWorker: PDFWorker | null = null;

/** The one pdf.js worker every document of this page opens in; started on first need. */
function pdfWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker();
  return sharedWorker;
}

/**
 * Loads what pdf.js needs before any document is opened: its worker (started
 * and ready) and the binary files it would fetch at first use. Resolves once
 * all are held; rejects if any could not be loaded (the caller tries again).
 */
export async function preparePdfjs(): Promise<void> {
  await pdfWorker().promise;
  await preloadPdfjsBinaryData();
}

/**
 * Opens a PDF from the bytes stored under `sha256`; pdf.js takes ownership of
 * the buffer. The result carries that hash, the key of its rendered pages.
 */
export async function openPdf(sha256: string, bytes: Uint8Array): Promise<OpenedPdf> {
  const task = getDocument({
    data: bytes,
    worker: pdfWorker(),
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
    iccUrl: '/pdfjs/iccs/',
    // The worker asks this page for CMaps, fonts and wasm, which answers from memory once preloaded.
    useWorkerFetch: false,
    BinaryDataFactory: PreloadedBinaryDataFactory,
    enableXfa: false,
  });
  const proxy = await task.promise;
  return { pdf: bindLoadedPdf(sha256, proxy), close: () => task.destroy() };
}
