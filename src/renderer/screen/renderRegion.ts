/**
 * Renders a region of a PDF page, and only that region, at the scale that
 * makes it fill a box: so a zoomed page on the big screen is drawn sharp at
 * the projector's resolution, not a small canvas blown up by CSS.
 */
import type { RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ZoomRegion } from '../../shared/protocol';
import type { LoadedPdf } from '../pdf/loadedPdf';

/** Like the page renderer's cap: a canvas much past this many pixels is refused by some browsers. */
const MAX_CANVAS_PIXELS = 16_000_000;

export interface RenderedRegion {
  canvas: HTMLCanvasElement;
  /** The region's size on screen, in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Canvas pixels per CSS pixel (the device pixel ratio, unless capped). */
  density: number;
}

export interface RegionRender {
  promise: Promise<RenderedRegion>;
  cancel(): void;
}

/** The region of `pageNumber` drawn as large as fits a box of `boxWidth` × `boxHeight` CSS pixels. */
export function renderRegion(pdf: LoadedPdf, pageNumber: number, region: ZoomRegion, boxWidth: number, boxHeight: number, pixelRatio: number): RegionRender {
  let task: RenderTask | null = null;
  let cancelled = false;
  const promise = (async () => {
    const page = await pdf.proxy.getPage(pageNumber);
    if (cancelled) throw new Error('render cancelled');
    const unscaled = page.getViewport({ scale: 1 });
    const regionWidth = region.width * unscaled.width;
    const regionHeight = region.height * unscaled.height;
    const cssScale = Math.min(boxWidth / regionWidth, boxHeight / regionHeight);
    let scale = cssScale * pixelRatio;
    const pixels = regionWidth * regionHeight * scale * scale;
    if (pixels > MAX_CANVAS_PIXELS) scale *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
    // The offsets move the region's top-left corner to the canvas's origin; the rest of the page falls outside and is not drawn.
    const viewport = page.getViewport({ scale, offsetX: -region.x * unscaled.width * scale, offsetY: -region.y * unscaled.height * scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(regionWidth * scale));
    canvas.height = Math.max(1, Math.floor(regionHeight * scale));
    task = page.render({ canvas, viewport });
    await task.promise;
    return { canvas, cssWidth: regionWidth * cssScale, cssHeight: regionHeight * cssScale, density: scale / cssScale };
  })();
  return {
    promise,
    cancel() {
      cancelled = true;
      task?.cancel();
    },
  };
}
