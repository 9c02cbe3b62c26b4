/**
 * pdf.js, set up once for every app: the legacy build (for iPad Safari), its
 * worker, and the CMaps, standard fonts, ICC profiles and decoders the hub
 * serves beside the apps under /pdfjs/.
 */
import './polyfills';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

export interface OpenedPdf {
  pdf: PDFDocumentProxy;
  close(): Promise<void>;
}

/** Opens a PDF from bytes; pdf.js takes ownership of the buffer. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const task = getDocument({
    data: bytes,
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
    iccUrl: '/pdfjs/iccs/',
    enableXfa: false,
  });
  const pdf = await task.promise;
  return { pdf, close: () => task.destroy() };
}
