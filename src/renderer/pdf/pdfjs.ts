/**
 * pdf.js, set up once for every app: the legacy build (for iPad Safari), its
 * worker, and the CMaps, standard fonts, ICC profiles and decoders the hub
 * serves beside the apps under /pdfjs/.
 */
import './polyfills';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { bindLoadedPdf } from './loadedPdf';
import type { LoadedPdf } from './loadedPdf';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

export interface OpenedPdf {
  pdf: LoadedPdf;
  close(): Promise<void>;
}

/**
 * Opens a PDF from the bytes stored under `sha256`; pdf.js takes ownership of
 * the buffer. The result carries that hash, the key of its rendered pages.
 */
export async function openPdf(sha256: string, bytes: Uint8Array): Promise<OpenedPdf> {
  const task = getDocument({
    data: bytes,
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
    iccUrl: '/pdfjs/iccs/',
    enableXfa: false,
  });
  const proxy = await task.promise;
  return { pdf: bindLoadedPdf(sha256, proxy), close: () => task.destroy() };
}
