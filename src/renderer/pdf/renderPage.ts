/**
 * Renders one PDF page to a fresh canvas, sized for the screen: `cssWidth`
 * CSS pixels wide times the device pixel ratio, so text is crisp on Retina.
 */
import type { LoadedPdf } from './loadedPdf';

/** iPad Safari refuses canvases much past this many pixels; larger renders are scaled down. */
const MAX_CANVAS_PIXELS = 16_000_000;

export interface RenderedPage {
  canvas: HTMLCanvasElement;
  /** Height in CSS pixels at the requested width. */
  cssHeight: number;
  /** The document the pixels came from: the SHA-256 of the LoadedPdf that drew them. */
  sha256: string;
  page: number;
}

export interface PageRender {
  promise: Promise<RenderedPage>;
  cancel(): void;
}

/** A way to draw one page; the cache takes another in unit tests, where there is no canvas. */
export type PageRenderer = (pdf: LoadedPdf, pageNumber: number, cssWidth: number, pixelRatio: number) => PageRender;

export const renderPage: PageRenderer = (pdf, pageNumber, cssWidth, pixelRatio) => {
  let cancelled = false;
  let cancelTask: (() => void) | null = null;
  const promise = (async () => {
    const page = await pdf.proxy.getPage(pageNumber);
    if (cancelled) throw new RenderCancelled();
    const unscaled = page.getViewport({ scale: 1 });
    const cssScale = cssWidth / unscaled.width;
    let scale = cssScale * pixelRatio;
    const pixels = unscaled.width * unscaled.height * scale * scale;
    if (pixels > MAX_CANVAS_PIXELS) scale *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const task = page.render({ canvas, viewport });
    cancelTask = () => task.cancel();
    await task.promise;
    return { canvas, cssHeight: unscaled.height * cssScale, sha256: pdf.sha256, page: pageNumber };
  })();
  return {
    promise,
    cancel() {
      cancelled = true;
      cancelTask?.();
    },
  };
};

export class RenderCancelled extends Error {
  constructor() {
    super('render cancelled');
  }
}

/** True for the errors a cancelled render ends with (ours and pdf.js's). */
export function isCancellation(error: unknown): boolean {
  return error instanceof RenderCancelled || (error instanceof Error && error.name === 'RenderingCancelledException');
}
