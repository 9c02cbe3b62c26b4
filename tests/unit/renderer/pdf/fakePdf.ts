/** Stand-ins for pdf.js documents and the page renderer, for cache logic that runs in Node without a canvas. */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { bindLoadedPdf } from '../../../../src/renderer/pdf/loadedPdf';
import type { LoadedPdf } from '../../../../src/renderer/pdf/loadedPdf';
import { RenderCancelled } from '../../../../src/renderer/pdf/renderPage';
import type { PageRenderer, RenderedPage } from '../../../../src/renderer/pdf/renderPage';

/** A loaded document of `pages` pages; only numPages is read by the code under test. */
export function fakePdf(sha256: string, pages: number): LoadedPdf {
  return bindLoadedPdf(sha256, { numPages: pages } as unknown as PDFDocumentProxy);
}

export interface RenderCall {
  sha256: string;
  page: number;
  cssWidth: number;
  pixelRatio: number;
  cancelled: boolean;
  /** Ends the render with a page drawn from `drawnFrom` (the document asked for, unless a test says otherwise). */
  finish(drawnFrom?: string): void;
  fail(error: Error): void;
}

/** A renderer whose renders end only when a test says so, recording every call. */
export function controlledRenderer(): { render: PageRenderer; calls: RenderCall[] } {
  const calls: RenderCall[] = [];
  const render: PageRenderer = (pdf, page, cssWidth, pixelRatio) => {
    let resolve!: (value: RenderedPage) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<RenderedPage>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const call: RenderCall = {
      sha256: pdf.sha256,
      page,
      cssWidth,
      pixelRatio,
      cancelled: false,
      finish: (drawnFrom = pdf.sha256) => resolve({ canvas: fakeCanvas(), cssHeight: cssWidth * 1.4, sha256: drawnFrom, page }),
      fail: (error) => reject(error),
    };
    calls.push(call);
    return {
      promise,
      cancel() {
        call.cancelled = true;
        reject(new RenderCancelled());
      },
    };
  };
  return { render, calls };
}

function fakeCanvas(): HTMLCanvasElement {
  return { width: 100, height: 140, isConnected: false } as unknown as HTMLCanvasElement;
}

/** Lets pending promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
