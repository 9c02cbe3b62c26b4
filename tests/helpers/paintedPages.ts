/**
 * Every PDF page a browser paints, checked against a reference render of the
 * page it claims to be. The recorder (injected into the app's page) notes each
 * canvas put into a `[data-testid="pdf-page"]` holder: the document and page
 * the holder names at that moment, the canvas size, the CSS width and a hash of
 * its pixels. The reference page (referenceRenderServer.ts) renders the same
 * pages through the same pdf.js build in the same browser, and hashes them
 * with the same function.
 */

export interface PaintedPage {
  documentId: string;
  page: number;
  cssWidth: number;
  pixelRatio: number;
  width: number;
  height: number;
  hash: string;
}

export interface ReferenceRequest {
  documentId: string;
  page: number;
  cssWidth: number;
  pixelRatio: number;
}

export type ReferenceRender = ReferenceRequest & { width: number; height: number; hash: string };

/** FNV-1a over the pixels, 32 bits at a time: a cheap fingerprint that any changed pixel changes. Runs in the browser. */
function pixelHash(canvas: HTMLCanvasElement): string {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context || canvas.width === 0 || canvas.height === 0) return 'empty';
  const words = new Uint32Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
  let hash = 0x811c9dc5;
  for (let index = 0; index < words.length; index += 1) {
    hash ^= words[index] ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${canvas.width}x${canvas.height}:${hash.toString(16)}`;
}

/** Runs in the app's page: records every canvas that enters a PDF page holder. */
function installPaintRecorder(hash: (canvas: HTMLCanvasElement) => string): void {
  const target = window as unknown as { __paintedPages?: unknown[]; __pixelHash?: typeof hash };
  if (target.__paintedPages) return;
  const painted: unknown[] = [];
  target.__paintedPages = painted;
  target.__pixelHash = hash;
  const start = () =>
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.addedNodes)) {
          const holder = node.parentElement;
          if (!(node instanceof HTMLCanvasElement) || !holder || holder.dataset.testid !== 'pdf-page') continue;
          painted.push({
            documentId: holder.dataset.documentId ?? '',
            page: Number(holder.dataset.renderedPage),
            cssWidth: parseFloat(node.style.width),
            pixelRatio: window.devicePixelRatio || 1,
            width: node.width,
            height: node.height,
            hash: hash(node),
          });
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** The script that installs the recorder, for Playwright's addInitScript or a WebDriver execute. */
export const paintRecorderScript = `(${installPaintRecorder.toString()})(${pixelHash.toString()});`;

/** The hash function alone, as source, for the reference page. */
export const pixelHashSource = pixelHash.toString();

/** Runs in the app's page: what the recorder saw so far. */
export function readPaintedPages(): PaintedPage[] {
  return ((window as unknown as { __paintedPages?: PaintedPage[] }).__paintedPages ?? []).slice();
}

/** Runs in the app's page: the canvas shown now in the holder for `documentId`, or null when none is painted. */
export function currentlyPainted(documentId: string): PaintedPage | null {
  const holder = document.querySelector<HTMLElement>(`[data-testid="pdf-page"][data-document-id="${documentId}"]`);
  const canvas = holder?.querySelector('canvas');
  const hash = (window as unknown as { __pixelHash?: (canvas: HTMLCanvasElement) => string }).__pixelHash;
  if (!holder || !canvas || !hash) return null;
  return {
    documentId,
    page: Number(holder.dataset.renderedPage),
    cssWidth: parseFloat(canvas.style.width),
    pixelRatio: window.devicePixelRatio || 1,
    width: canvas.width,
    height: canvas.height,
    hash: hash(canvas),
  };
}

export const referenceKey = ({ documentId, page, cssWidth, pixelRatio }: ReferenceRequest): string => `${documentId}:${page}:${cssWidth}:${pixelRatio}`;

/** The distinct renders a list of paints needs as references. */
export function referenceRequests(paints: PaintedPage[]): ReferenceRequest[] {
  const wanted = new Map<string, ReferenceRequest>();
  for (const { documentId, page, cssWidth, pixelRatio } of paints) {
    wanted.set(referenceKey({ documentId, page, cssWidth, pixelRatio }), { documentId, page, cssWidth, pixelRatio });
  }
  return [...wanted.values()];
}

/** Each paint whose pixels are not those of the page it claims, described for a failure message. */
export function wrongPaints(paints: PaintedPage[], references: ReferenceRender[]): string[] {
  const byKey = new Map(references.map((reference) => [referenceKey(reference), reference]));
  return paints.flatMap((paint) => {
    const reference = byKey.get(referenceKey(paint));
    if (reference && reference.hash === paint.hash) return [];
    return [`document ${paint.documentId} page ${paint.page} at ${paint.cssWidth}px: painted ${paint.hash}, the page itself is ${reference?.hash ?? 'not renderable'}`];
  });
}
