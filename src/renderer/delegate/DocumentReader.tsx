/**
 * The PDF reader made for the iPad: fit to width, zoom, large previous/next
 * buttons, swipe or tap the page edges to turn, page number and count.
 */
import { useRef } from 'react';
import type { PointerEvent } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { useT } from '../ui/language';
import { ZOOM_STEPS } from './readerStore';
import { ReaderNavTools } from './nav/ReaderNavTools';
import { ReaderNavPanel } from './nav/ReaderNavPanel';
import { SearchHighlightLayer } from './nav/SearchHighlightLayer';

interface DocumentReaderProps {
  library: DocumentLibrary;
  shownDocument: DocumentInfo;
  page: number;
  offset?: number;
  offsetKey?: string;
  zoom: number;
  onTurn(page: number): void;
  onZoom(zoom: number): void;
  onBack(): void;
}

const SWIPE_DISTANCE = 60;

export function DocumentReader({ library, shownDocument, page, offset, offsetKey, zoom, onTurn, onZoom, onBack }: DocumentReaderProps) {
  const t = useT();
  const pdf = usePdf(library, shownDocument);
  const swipe = useRef<{ x: number; y: number; id: number } | null>(null);
  const turn = (to: number) => {
    if (to >= 1 && to <= shownDocument.pages && to !== page) onTurn(to);
  };
  const zoomIndex = ZOOM_STEPS.indexOf(zoom as (typeof ZOOM_STEPS)[number]);

  const onPointerDown = (event: PointerEvent) => {
    swipe.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (zoom === 1 && Math.abs(dx) > SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) {
      turn(dx < 0 ? page + 1 : page - 1);
      return;
    }
    if (Math.abs(dx) < 10 && Math.abs(dy) < 10) {
      const bounds = event.currentTarget.getBoundingClientRect();
      const x = (event.clientX - bounds.left) / bounds.width;
      if (x < 0.18) turn(page - 1);
      else if (x > 0.82) turn(page + 1);
    }
  };

  return (
    <section className="reader" aria-label={shownDocument.title}>
      <div className="reader-toolbar">
        <button type="button" className="button reader-back" onClick={onBack}>
          ← {t('viewer.back')}
        </button>
        <h2 className="reader-title" data-testid="reader-title">
          {shownDocument.title}
        </h2>
        <div className="reader-zoom">
          <button type="button" className="button" aria-label={t('viewer.zoomOut')} disabled={zoomIndex <= 0} onClick={() => onZoom(ZOOM_STEPS[zoomIndex - 1] ?? 1)}>
            −
          </button>
          <button type="button" className="button" onClick={() => onZoom(1)} disabled={zoom === 1}>
            {t('viewer.fitWidth')}
          </button>
          <button type="button" className="button" aria-label={t('viewer.zoomIn')} disabled={zoomIndex >= ZOOM_STEPS.length - 1} onClick={() => onZoom(ZOOM_STEPS[zoomIndex + 1] ?? zoom)}>
            +
          </button>
        </div>
        <ReaderNavTools document={shownDocument} page={page} />
      </div>
      <div className="reader-body" onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (swipe.current = null)}>
        {pdf.status === 'ready' ? (
          <PdfPage library={library} pdf={pdf.pdf} documentId={shownDocument.id} page={page} zoom={zoom} offset={offset} offsetKey={offsetKey} ahead={2} className="reader-page" />
        ) : (
          <p className="reader-message" role="status">
            {pdf.status === 'failed' ? t('viewer.loadFailed') : t('viewer.loading')}
          </p>
        )}
        <SearchHighlightLayer pdf={pdf.status === 'ready' ? pdf.pdf : null} document={shownDocument} page={page} />
        <ReaderNavPanel document={shownDocument} pdf={pdf.status === 'ready' ? pdf.pdf : null} page={page} onTurn={turn} />
      </div>
      <nav className="reader-pager" aria-label={t('viewer.page', { page, pages: shownDocument.pages })}>
        <button type="button" className="button reader-turn" onClick={() => turn(page - 1)} disabled={page <= 1}>
          ‹ {t('viewer.previous')}
        </button>
        <span className="reader-page-number" data-testid="reader-page-number">
          {t('viewer.page', { page, pages: shownDocument.pages })}
        </span>
        <button type="button" className="button reader-turn" onClick={() => turn(page + 1)} disabled={page >= shownDocument.pages}>
          {t('viewer.next')} ›
        </button>
      </nav>
    </section>
  );
}
