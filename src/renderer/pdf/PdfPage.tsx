/**
 * One PDF page, as wide as its box (times the zoom), or whole within it
 * ("page" fit, for the big screen). Turns show at once when the page was
 * rendered ahead; the neighbours are rendered ahead after every turn. The
 * box scrolls to `offset` (0 top … 1 bottom) whenever `offsetKey` changes,
 * and reports the reader's own scrolling through `onScrollOffset`.
 *
 * The page takes the loaded document itself, which carries the hash its pages
 * are cached under, and each document gets a view of its own: a new document
 * starts from an empty page, never from the previous one's canvas, and a
 * render that finishes after the view moved on is not shown (issue 12). The
 * holder's `data-rendered-page` names the page its canvas shows, set in the
 * same step as the canvas.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { clampPage, pagesAround } from './loadedPdf';
import type { LoadedPdf } from './loadedPdf';
import type { RenderedPage } from './renderPage';
import { isCancellation } from './renderPage';
import './pdf.css';

export interface PdfPageProps {
  library: DocumentLibrary;
  /** The document, as loaded: its pages are drawn and cached under its own hash. */
  pdf: LoadedPdf;
  /** The document's id, named on the page holder for tests and the page-follow benchmark. */
  documentId: string;
  /** The page wanted; one past the document's last page shows the last. */
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

/** One view per document: switching documents mounts a fresh one. */
export function PdfPage(props: PdfPageProps) {
  return <DocumentPage key={`${props.documentId}:${props.pdf.sha256}`} {...props} />;
}

function DocumentPage({ library, pdf, documentId, page: wantedPage, zoom = 1, fit = 'width', offset, offsetKey, onScrollOffset, ahead = 1, className }: PdfPageProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  /** Height over width of a page, known once pdf.js has read that page. */
  const [pageAspect, setPageAspect] = useState<{ page: number; aspect: number } | null>(null);
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

  const page = clampPage(pdf, wantedPage);

  useEffect(() => {
    if (fit !== 'page') return;
    let live = true;
    pdf.proxy.getPage(page).then(
      (proxy) => {
        const viewport = proxy.getViewport({ scale: 1 });
        if (live) setPageAspect({ page, aspect: viewport.height / viewport.width });
      },
      (error: unknown) => {
        if (live) console.error(error);
      },
    );
    return () => {
      live = false;
    };
  }, [pdf, page, fit]);

  // Pages of one document may differ in size: only this page's own shape fits it to the box.
  // A page fitted to the width needs no shape, and waits for none.
  const aspect = fit === 'page' && pageAspect?.page === page ? pageAspect.aspect : null;
  // Whole CSS pixels, so the width a page is cached under is the width it is drawn at.
  const cssWidth = Math.floor(aspect !== null ? Math.min(box.width, box.height / aspect) : box.width * zoom);

  useEffect(() => {
    if (cssWidth < 50 || (fit === 'page' && aspect === null)) return;
    let live = true;
    const pixelRatio = window.devicePixelRatio || 1;
    const show = (rendered: RenderedPage) => {
      const element = holder.current;
      if (!live || !element) return;
      rendered.canvas.style.width = `${cssWidth}px`;
      rendered.canvas.style.height = `${rendered.cssHeight}px`;
      element.style.width = `${cssWidth}px`;
      element.style.height = `${rendered.cssHeight}px`;
      element.dataset.renderedPage = String(rendered.page);
      element.replaceChildren(rendered.canvas);
      cssHeight.current = rendered.cssHeight;
      setRenderedPage(rendered.page);
      recordPaint(documentId, rendered.page);
      library.pages.prefetch(
        pdf,
        pagesAround(pdf, page, ahead).map((near) => ({ page: near, cssWidth, pixelRatio })),
      );
    };
    library.pages.dropPendingExcept(pdf);
    const request = { page, cssWidth, pixelRatio };
    const ready = library.pages.ready(pdf, request);
    if (ready) show(ready);
    else
      library.pages.get(pdf, request).then(show, (error: unknown) => {
        if (!isCancellation(error)) console.error(error);
      });
    return () => {
      live = false;
    };
  }, [library, pdf, documentId, page, cssWidth, ahead, fit, aspect]);

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
        data-document-id={documentId}
        data-page={page}
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
