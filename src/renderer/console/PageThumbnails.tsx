/** A column of small page images to jump by; the current page is marked and kept in view. */
import { useEffect, useRef } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { PageCache } from '../pdf/pageCache';
import type { PDFDocumentProxy } from '../pdf/pdfjs';
import { isCancellation } from '../pdf/renderPage';
import { useT } from '../ui/language';

const THUMBNAIL_WIDTH = 120;

interface PageThumbnailsProps {
  cache: PageCache;
  pdf: PDFDocumentProxy;
  document: DocumentInfo;
  page: number;
  onChoose(page: number): void;
}

export function PageThumbnails({ cache, pdf, document, page, onChoose }: PageThumbnailsProps) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [page]);
  return (
    <ol className="thumbnails" ref={list}>
      {Array.from({ length: document.pages }, (_, index) => index + 1).map((number) => (
        <li key={number}>
          <button type="button" className="thumbnail" aria-current={number === page ? 'page' : undefined} aria-label={t('viewer.page', { page: number, pages: document.pages })} onClick={() => onChoose(number)}>
            <Thumbnail cache={cache} pdf={pdf} sha256={document.sha256} page={number} />
            <span className="thumbnail-number">{number}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Thumbnail({ cache, pdf, sha256, page }: { cache: PageCache; pdf: PDFDocumentProxy; sha256: string; page: number }) {
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    cache.get(pdf, { sha256, page, cssWidth: THUMBNAIL_WIDTH }, window.devicePixelRatio || 1).then(
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
  }, [cache, pdf, sha256, page]);
  return <span ref={holder} className="thumbnail-image" />;
}
