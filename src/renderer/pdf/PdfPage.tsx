/**
 * One PDF page, as wide as its box (times the zoom), or whole within it
 * ("page" fit, for the big screen). Turns show at once when the page was
 * rendered ahead; the neighbours are rendered ahead after every turn. The
 * box scrolls to `offset` (0 top … 1 bottom) whenever `offsetKey` changes,
 * and reports the reader's own scrolling through `onScrollOffset`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import type { PDFDocumentProxy } from './pdfjs';
import { isCancellation } from './renderPage';
import './pdf.css';

export interface PdfPageProps {
  library: DocumentLibrary;
  pdf: PDFDocumentProxy;
  document: DocumentInfo;
  page: number;
  zoom?: number;
  fit?: 'width' | 'page';
  offset?: number;
  /** Changes when the offset must be applied again (a new position from the presenter). */
  offsetKey?: string;
  onScrollOffset?(offset: number): void;
  /** How many pages on each side to render ahead. */
  ahead?: number;
  className?: string;
}

export function PdfPage({ library, pdf, document, page, zoom = 1, fit = 'width', offset, offsetKey, onScrollOffset, ahead = 1, className }: PdfPageProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [aspect, setAspect] = useState<number | null>(null);
  const [renderedPage, setRenderedPage] = useState<number | null>(null);
  const cssHeight = useRef(0);
  const appliedOffsetKey = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setBox({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let live = true;
    void pdf.getPage(page).then((proxy) => {
      const viewport = proxy.getViewport({ scale: 1 });
      if (live) setAspect(viewport.height / viewport.width);
    });
    return () => {
      live = false;
    };
  }, [pdf, page]);

  const cssWidth = fit === 'page' && aspect ? Math.min(box.width, box.height / aspect) : box.width * zoom;

  useEffect(() => {
    if (cssWidth < 50 || (fit === 'page' && aspect === null)) return;
    let live = true;
    const pixelRatio = window.devicePixelRatio || 1;
    const key = { sha256: document.sha256, page, cssWidth };
    const show = (rendered: { canvas: HTMLCanvasElement; cssHeight: number }) => {
      if (!live || !holder.current) return;
      rendered.canvas.style.width = `${cssWidth}px`;
      rendered.canvas.style.height = `${rendered.cssHeight}px`;
      holder.current.style.width = `${cssWidth}px`;
      holder.current.style.height = `${rendered.cssHeight}px`;
      holder.current.replaceChildren(rendered.canvas);
      cssHeight.current = rendered.cssHeight;
      setRenderedPage(page);
      recordPaint(document.id, page);
      const neighbours = [];
      for (let step = 1; step <= ahead; step += 1) {
        if (page + step <= document.pages) neighbours.push({ sha256: document.sha256, page: page + step, cssWidth });
        if (page - step >= 1) neighbours.push({ sha256: document.sha256, page: page - step, cssWidth });
      }
      library.pages.prefetch(pdf, neighbours, pixelRatio);
    };
    const ready = library.pages.ready(key);
    if (ready) show(ready);
    else
      library.pages.get(pdf, key, pixelRatio).then(show, (error: unknown) => {
        if (!isCancellation(error)) console.error(error);
      });
    return () => {
      live = false;
    };
  }, [library, pdf, document.id, document.sha256, document.pages, page, cssWidth, ahead, fit, aspect]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || renderedPage !== page || offset === undefined || appliedOffsetKey.current === offsetKey) return;
    appliedOffsetKey.current = offsetKey;
    element.scrollTop = offset * cssHeight.current;
  }, [renderedPage, page, offset, offsetKey]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || !onScrollOffset) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onScroll = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (cssHeight.current > 0) onScrollOffset(Math.min(1, Math.max(0, element.scrollTop / cssHeight.current)));
      }, 150);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [onScrollOffset]);

  return (
    <div ref={scroller} className={`pdf-scroller pdf-fit-${fit} ${className ?? ''}`}>
      <div
        ref={holder}
        className="pdf-page"
        data-testid="pdf-page"
        data-document-id={document.id}
        data-page={page}
        data-rendered-page={renderedPage ?? ''}
      />
    </div>
  );
}

/** Notes when a page reached the screen, for the page-follow benchmark (only when it asks). */
function recordPaint(documentId: string, page: number): void {
  const paints = window.__chamberPaints;
  if (!paints) return;
  requestAnimationFrame(() => paints.push({ documentId, page, at: performance.timeOrigin + performance.now() }));
}
