/**
 * Pages rendered ahead, kept so that a turn shows at once. Keyed by document,
 * page and width; only a few are kept, since each is several megabytes on a
 * Retina iPad.
 */
import type { PDFDocumentProxy } from './pdfjs';
import { isCancellation, renderPage } from './renderPage';
import type { PageRender, RenderedPage } from './renderPage';

export interface PageKey {
  sha256: string;
  page: number;
  cssWidth: number;
}

const keyOf = ({ sha256, page, cssWidth }: PageKey) => `${sha256}:${page}:${Math.round(cssWidth)}`;

export class PageCache {
  private readonly entries = new Map<string, { render: PageRender; result?: RenderedPage }>();

  constructor(private readonly capacity = 5) {}

  /** The rendered page if it is ready now. */
  ready(key: PageKey): RenderedPage | undefined {
    return this.entries.get(keyOf(key))?.result;
  }

  /** Renders the page unless it is cached or under way; resolves when it is ready. */
  get(pdf: PDFDocumentProxy, key: PageKey, pixelRatio: number): Promise<RenderedPage> {
    const id = keyOf(key);
    const existing = this.entries.get(id);
    if (existing) {
      this.entries.delete(id);
      this.entries.set(id, existing);
      return existing.result ? Promise.resolve(existing.result) : existing.render.promise;
    }
    const render = renderPage(pdf, key.page, key.cssWidth, pixelRatio);
    const entry: { render: PageRender; result?: RenderedPage } = { render };
    this.entries.set(id, entry);
    render.promise.then(
      (result) => {
        entry.result = result;
      },
      () => this.entries.delete(id),
    );
    this.evict();
    return render.promise;
  }

  /** Renders pages in the background; failures and cancellations are ignored. */
  prefetch(pdf: PDFDocumentProxy, keys: PageKey[], pixelRatio: number): void {
    for (const key of keys) this.get(pdf, key, pixelRatio).catch((error: unknown) => void (isCancellation(error) ? null : error));
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      const entry = this.entries.get(oldest);
      this.entries.delete(oldest);
      if (entry && !entry.result) entry.render.cancel();
      if (entry?.result && !entry.result.canvas.isConnected) {
        // Release the pixels now; Safari counts canvas memory until collection otherwise.
        entry.result.canvas.width = 0;
        entry.result.canvas.height = 0;
      }
    }
  }
}
