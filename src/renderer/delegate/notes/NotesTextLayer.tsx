/**
 * The page's text, laid over it by pdf.js as transparent selectable spans:
 * what the delegate selects to highlight. A scanned page has no text, and so
 * nothing to select.
 */
import { useEffect, useRef } from 'react';
import type { LoadedPdf } from '../../pdf/loadedPdf';

export function NotesTextLayer({ pdf, page, width }: { pdf: LoadedPdf; page: number; width: number }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || width < 50 || page > pdf.pages) return;
    let live = true;
    let cancel: (() => void) | null = null;
    element.replaceChildren();
    void (async () => {
      const [{ TextLayer }, proxy] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), pdf.proxy.getPage(page)]);
      if (!live) return;
      const viewport = proxy.getViewport({ scale: width / proxy.getViewport({ scale: 1 }).width });
      element.style.setProperty('--total-scale-factor', String(viewport.scale));
      const layer = new TextLayer({ textContentSource: proxy.streamTextContent(), container: element, viewport });
      cancel = () => layer.cancel();
      await layer.render();
      if (live) element.dataset.ready = 'true';
    })().catch((error: unknown) => {
      if (live) console.error(error);
    });
    return () => {
      live = false;
      cancel?.();
      delete element.dataset.ready;
    };
  }, [pdf, page, width]);
  return <div ref={container} className="notes-text-layer" data-testid="notes-text-layer" />;
}
