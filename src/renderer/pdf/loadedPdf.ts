/**
 * A pdf.js document bound to the SHA-256 of the bytes it was opened from.
 * Everything that renders or caches a page takes this object, never a
 * document and a hash side by side, so a page cannot be drawn from one file
 * and filed under another (issue 12).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface LoadedPdf {
  /** The SHA-256 of the bytes `proxy` was opened from: the document's identity in every cache. */
  readonly sha256: string;
  readonly proxy: PDFDocumentProxy;
  /** The page count pdf.js found in those bytes. */
  readonly pages: number;
}

/** Binds an opened pdf.js document to the hash of the bytes it came from. */
export function bindLoadedPdf(sha256: string, proxy: PDFDocumentProxy): LoadedPdf {
  return Object.freeze({ sha256, proxy, pages: proxy.numPages });
}

/** The page to show for a request: within 1…pages, so pdf.js is never asked for a page the document lacks. */
export function clampPage(pdf: Pick<LoadedPdf, 'pages'>, page: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(Math.trunc(page), 1), Math.max(pdf.pages, 1));
}

/** The pages to render ahead around `page`, nearest first, the next before the previous; only pages the document has. */
export function pagesAround(pdf: Pick<LoadedPdf, 'pages'>, page: number, ahead: number): number[] {
  const around: number[] = [];
  for (let step = 1; step <= ahead; step += 1) {
    if (page + step <= pdf.pages) around.push(page + step);
    if (page - step >= 1) around.push(page - step);
  }
  return around;
}
