/** A column of small page images to jump by; the current page is marked and kept in view. */
import { useEffect, useRef } from 'react';
import type { LoadedPdf } from '../pdf/loadedPdf';
import type { PageCache } from '../pdf/pageCache';
import { isCancellation } from '../pdf/renderPage';
import { useT } from '../ui/language';

const THUMBNAIL_WIDTH = 120;

interface PageThumbnailsProps {
  cache: PageCache;
  /** The document's pages are drawn from and cached under this loaded document. */
  pdf: LoadedPdf;
  page: number;
  onChoose(page: number): void;
}

export function PageThumbnails({ cache, pdf, page, onChoose }: PageThumbnailsProps) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [page]);
  // Another document's thumbnails still being drawn would only delay these.
  useEffect(() => cache.dropPendingExcept(pdf), [cache, pdf]);
  return (
    <ol className="thumbnails" ref={list}>
      {Array.from({ length: pdf.pages }, (_, index) => index + 1).map((number) => (
        <li key={`${pdf.sha256}:${number}`}>
          <button type="button" className="thumbnail" aria-current={number === page ? 'page' : undefined} aria-label={t('viewer.page', { page: number, pages: pdf.pages })} onClick={() => onChoose(number)}>
            <Thumbnail cache={cache} pdf={pdf} page={number} />
            <span className="thumbnail-number">{number}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Thumbnail({ cache, pdf, page }: { cache: PageCache; pdf: LoadedPdf; page: number }) {
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    cache.get(pdf, { page, cssWidth: THUMBNAIL_WIDTH, pixelRatio: window.devicePixelRatio || 1 }).then(
      (rendered) => {
        if (!live || !holder.current) return;
        // A thumbnail is drawn as a copy, so the cached canvas can serve another list.
        const copy = document.createElement('canvas');
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
  }, [cache, pdf, page]);
  return <span ref={holder} className="thumbnail-image" />;
}
