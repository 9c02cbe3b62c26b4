/**
 * Pages rendered ahead, kept so that a turn shows at once. Only a few are
 * kept, since each is several megabytes on a Retina iPad.
 *
 * No caller names a key: it is derived from the LoadedPdf that draws the page
 * (the SHA-256 of its bytes), the page, the width in whole CSS pixels and the
 * pixel ratio, and a render is kept only when what it drew is that page of
 * that document. So a page of one file can never be found under another's key
 * (issue 12). A page outside the document is refused without asking pdf.js.
 */
import type { LoadedPdf } from './loadedPdf';
import { isCancellation, renderPage } from './renderPage';
import type { PageRender, PageRenderer, RenderedPage } from './renderPage';

export interface PageRequest {
  page: number;
  /** Width in CSS pixels; rounded to a whole pixel, the width the page is drawn at. */
  cssWidth: number;
  pixelRatio: number;
}

interface Entry {
  sha256: string;
  render: PageRender;
  result?: RenderedPage;
}

/** The cache key of a page of this document, as drawn for this request. */
export function pageKey(pdf: Pick<LoadedPdf, 'sha256'>, { page, cssWidth, pixelRatio }: PageRequest): string {
  return `${pdf.sha256}:${page}:${Math.round(cssWidth)}:${pixelRatio}`;
}

export class PageOutOfRange extends Error {
  constructor(page: number, pages: number) {
    super(`page ${page} is not in a document of ${pages} pages`);
  }
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 5,
    private readonly render: PageRenderer = renderPage,
  ) {}

  /** The rendered page if it is ready now. */
  ready(pdf: LoadedPdf, request: PageRequest): RenderedPage | undefined {
    return this.entries.get(pageKey(pdf, request))?.result;
  }

  /** Renders the page unless it is cached or under way; resolves when it is ready. */
  get(pdf: LoadedPdf, request: PageRequest): Promise<RenderedPage> {
    const { page, pixelRatio } = request;
    if (!Number.isInteger(page) || page < 1 || page > pdf.pages) return Promise.reject(new PageOutOfRange(page, pdf.pages));
    const id = pageKey(pdf, request);
    const existing = this.entries.get(id);
    if (existing) {
      this.entries.delete(id);
      this.entries.set(id, existing);
      return existing.result ? Promise.resolve(existing.result) : existing.render.promise;
    }
    const drawing = this.render(pdf, page, Math.round(request.cssWidth), pixelRatio);
    const checked = drawing.promise.then((result) => {
      if (result.sha256 !== pdf.sha256 || result.page !== page) throw new Error(`a render of ${result.sha256} page ${result.page} was asked for as ${id}`);
      return result;
    });
    const entry: Entry = { sha256: pdf.sha256, render: { promise: checked, cancel: drawing.cancel } };
    this.entries.set(id, entry);
    checked.then(
      (result) => {
        // A render dropped meanwhile is not kept: whoever still awaits it may show it, nothing else will.
        if (this.entries.get(id) === entry) entry.result = result;
      },
      () => {
        if (this.entries.get(id) === entry) this.entries.delete(id);
      },
    );
    this.evict();
    return checked;
  }

  /** Renders pages in the background; failures and cancellations are ignored. */
  prefetch(pdf: LoadedPdf, requests: PageRequest[]): void {
    for (const request of requests) this.get(pdf, request).catch((error: unknown) => void (isCancellation(error) ? null : error));
  }

  /**
   * Stops the renders still under way for any other document: once a view has
   * moved to `pdf`, they would finish for no one and delay its pages.
   */
  dropPendingExcept(pdf: Pick<LoadedPdf, 'sha256'>): void {
    for (const [id, entry] of [...this.entries]) {
      if (entry.sha256 === pdf.sha256 || entry.result) continue;
      this.entries.delete(id);
      entry.render.cancel();
    }
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      const entry = this.entries.get(oldest);
      this.entries.delete(oldest);
      if (entry && !entry.result) entry.render.cancel();
      if (entry?.result) release(entry.result);
    }
  }
}

/** Releases a canvas that no screen shows; Safari counts canvas memory until collection otherwise. */
function release(rendered: RenderedPage): void {
  if (rendered.canvas.isConnected) return;
  rendered.canvas.width = 0;
  rendered.canvas.height = 0;
}
