/**
 * Every page of the document as a small image, in a list that draws only the
 * rows in view (a 1,500-page document draws about a dozen at a time). The
 * page shown, the presenter's page and bookmarked pages are marked. The
 * thumbnails have a cache of their own, so they never push the reader's
 * rendered-ahead pages out.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import type { LoadedPdf } from '../../pdf/loadedPdf';
import { PageCache } from '../../pdf/pageCache';
import { isCancellation } from '../../pdf/renderPage';
import { useT } from '../../ui/language';
import { useBookmarks } from './bookmarksStore';
import { useReaderNav } from './readerNavStore';
import { visibleRange } from './visibleRange';

const THUMBNAIL_WIDTH = 120;
/** Room for a portrait A4 page at that width, its number and its marks. */
const ROW_HEIGHT = 212;
const thumbnailCache = new PageCache(30);
const NONE: number[] = [];

interface PageThumbnailListProps {
  pdf: LoadedPdf;
  document: DocumentInfo;
  page: number;
  onChoose(page: number): void;
}

export function PageThumbnailList({ pdf, document, page, onChoose }: PageThumbnailListProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: Math.max(0, (page - 2) * ROW_HEIGHT), height: 800 });
  const presentation = useReaderNav((state) => state.presentation);
  const bookmarked = useBookmarks((state) => state.pages[document.sha256] ?? NONE);
  const marks = useMemo(() => new Set(bookmarked), [bookmarked]);
  const presenterPage = presentation?.documentId === document.id ? presentation.page : null;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = Math.max(0, (page - 2) * ROW_HEIGHT);
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
    // Scrolled to the page shown when the list opens, not at every turn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pdf]);

  useEffect(() => thumbnailCache.dropPendingExcept(pdf), [pdf]);

  const { first, last } = visibleRange(view.top, view.height, ROW_HEIGHT, pdf.pages);
  const rows: number[] = [];
  for (let number = first + 1; number <= last + 1; number += 1) rows.push(number);
  return (
    <div className="nav-thumbnails" ref={scroller} data-testid="page-thumbnails">
      <ol className="nav-thumbnail-track" style={{ height: pdf.pages * ROW_HEIGHT }}>
        {rows.map((number) => (
          <li key={`${pdf.sha256}:${number}`} className="nav-thumbnail-row" style={{ top: (number - 1) * ROW_HEIGHT, height: ROW_HEIGHT }}>
            <button
              type="button"
              className="nav-thumbnail"
              data-testid="page-thumbnail"
              data-page={number}
              aria-current={number === page ? 'page' : undefined}
              aria-label={t('viewer.page', { page: number, pages: pdf.pages })}
              onClick={() => onChoose(number)}
            >
              <Thumbnail pdf={pdf} page={number} />
              <span className="nav-thumbnail-caption">
                <span className="nav-thumbnail-number">{number}</span>
                {number === presenterPage && (
                  <span className="nav-mark nav-mark-presenter" data-testid="thumbnail-presenter">
                    {t('nav.presenterPage')}
                  </span>
                )}
                {marks.has(number) && (
                  <span className="nav-mark nav-mark-bookmark" data-testid="thumbnail-bookmark" aria-label={t('nav.bookmarked')}>
                    ★
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Thumbnail({ pdf, page }: { pdf: LoadedPdf; page: number }) {
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    thumbnailCache.get(pdf, { page, cssWidth: THUMBNAIL_WIDTH, pixelRatio: window.devicePixelRatio || 1 }).then(
      (rendered) => {
        if (!live || !holder.current) return;
        // A copy, so the cached canvas is never moved out of another list.
        const copy = window.document.createElement('canvas');
        copy.width = rendered.canvas.width;
        copy.height = rendered.canvas.height;
        copy.getContext('2d')?.drawImage(rendered.canvas, 0, 0);
        copy.style.width = `${THUMBNAIL_WIDTH}px`;
        copy.style.height = `${rendered.cssHeight}px`;
        holder.current.replaceChildren(copy);
      },
      (error: unknown) => {
        if (!isCancellation(error)) console.error(error);
      },
    );
    return () => {
      live = false;
    };
  }, [pdf, page]);
  return <span ref={holder} className="nav-thumbnail-image" />;
}
