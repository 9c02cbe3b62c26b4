/**
 * The PDF reader made for the iPad: fit to width (with zoom) or the whole
 * page, large previous/next buttons, swipe or tap the page edges to turn,
 * page number and count, "Đọc to", and a reading mode that gives the page the
 * whole screen (the app's bars hidden, one small button to come back).
 *
 * The toolbar is one row from 1024 px up: back, the title, the tools used
 * most, and "⋯ Thêm" for the rest (Đọc to, Đến trang, Chữ lớn). Other parts add their
 * tools as separate components, one import and one JSX line each, in the
 * marked slots: the toolbar's `reader-tools-slot` (ReaderNavTools,
 * NotesButton) or the "⋯ Thêm" menu, the page's overlay slot (NotesLayer)
 * and the side panel slot beside the page.
 */
import { useEffect } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { useT } from '../ui/language';
import { ReadAloudButton } from './readAloud/ReadAloudButton';
import type { PageFit } from './readerStore';
import { ZOOM_STEPS } from './readerStore';
import { DocumentVersionNotice } from './DocumentVersionNotice';
import { useSwipeTurn } from './useSwipeTurn';
import { NotesButton } from './notes/NotesButton';
import { NotesLayer } from './notes/NotesLayer';
import { ReaderNavTools } from './nav/ReaderNavTools';
import { ReaderNavPanel } from './nav/ReaderNavPanel';
import { NavPanelButton } from './nav/NavPanelButton';
import { ReaderMoreMenu } from './toolbar/ReaderMoreMenu';
import './toolbar/toolbar.css';
import { SearchHighlightLayer } from './nav/SearchHighlightLayer';

interface DocumentReaderProps {
  library: DocumentLibrary;
  shownDocument: DocumentInfo;
  page: number;
  offset?: number;
  offsetKey?: string;
  zoom: number;
  fit: PageFit;
  readingMode: boolean;
  onTurn(page: number): void;
  onZoom(zoom: number): void;
  onFit(fit: PageFit): void;
  onReadingMode(on: boolean): void;
  onBack(): void;
}

export function DocumentReader(props: DocumentReaderProps) {
  const { library, shownDocument, page, offset, offsetKey, zoom, fit, readingMode, onTurn, onZoom, onFit, onReadingMode, onBack } = props;
  const t = useT();
  const pdf = usePdf(library, shownDocument);
  const turn = (to: number) => {
    if (to >= 1 && to <= shownDocument.pages && to !== page) onTurn(to);
  };
  const swipe = useSwipeTurn(fit === 'width' ? zoom : 1, (direction) => turn(direction === 'next' ? page + 1 : page - 1));
  const zoomIndex = fit === 'width' ? ZOOM_STEPS.indexOf(zoom as (typeof ZOOM_STEPS)[number]) : 0;
  const pageLabel = t('viewer.page', { page, pages: shownDocument.pages });

  useEffect(() => {
    if (!readingMode) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onReadingMode(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readingMode, onReadingMode]);

  return (
    <section className={readingMode ? 'reader reader-reading-mode' : 'reader'} aria-label={shownDocument.title} data-testid="reader" data-fit={fit} data-reading-mode={readingMode}>
      {!readingMode && (
        <div className="reader-toolbar" data-testid="reader-toolbar">
          <button type="button" className="button reader-back" onClick={onBack}>
            ← {t('viewer.back')}
          </button>
          <h2 className="reader-title" data-testid="reader-title">
            {shownDocument.title}
          </h2>
          <div className="reader-tools">
            <button type="button" className="button reader-reading-mode-button" onClick={() => onReadingMode(true)} data-testid="reading-mode-enter">
              <span aria-hidden="true">⛶</span> {t('viewer.readingMode')}
            </button>
            <div className="reader-tools-slot" data-testid="reader-tools-slot">
              <ReaderNavTools document={shownDocument} page={page} />
              <NotesButton document={shownDocument} page={page} />
            </div>
            <ReaderMoreMenu>
              <ReadAloudButton pdf={pdf.status === 'ready' ? pdf.pdf : null} page={page} />
              <NavPanelButton panel="goTo" icon="#" label={t('nav.goTo')} />
              <NavPanelButton panel="largeText" icon="A+" label={t('nav.largeText')} />
            </ReaderMoreMenu>
          </div>
        </div>
      )}
      <DocumentVersionNotice library={library} document={shownDocument} />
      <div className="reader-main">
        <div className="reader-body" data-zoomed={swipe.zoomed} data-testid="reader-body" {...swipe.handlers}>
          {pdf.status === 'ready' ? (
            <PdfPage library={library} pdf={pdf.pdf} documentId={shownDocument.id} page={page} zoom={fit === 'width' ? zoom : 1} fit={fit} offset={offset} offsetKey={offsetKey} ahead={2} className="reader-page" />
          ) : (
            <p className="reader-message" role="status">
              {pdf.status === 'failed' ? t('viewer.loadFailed') : t('viewer.loading')}
            </p>
          )}
          <NotesLayer library={library} document={shownDocument} page={page} />
          <SearchHighlightLayer pdf={pdf.status === 'ready' ? pdf.pdf : null} document={shownDocument} page={page} />
          {readingMode && (
            <div className="reading-mode-bar" onPointerDown={(event) => event.stopPropagation()} onPointerUp={(event) => event.stopPropagation()}>
              <span className="reading-mode-page" data-testid="reader-page-number">
                {pageLabel}
              </span>
              <button type="button" className="button reading-mode-exit" onClick={() => onReadingMode(false)} data-testid="reading-mode-exit">
                {t('viewer.readingModeExit')}
              </button>
            </div>
          )}
        </div>
        <ReaderNavPanel document={shownDocument} pdf={pdf.status === 'ready' ? pdf.pdf : null} page={page} onTurn={turn} />
      </div>
      {!readingMode && (
        <nav className="reader-pager" aria-label={pageLabel}>
          <button type="button" className="button reader-turn" onClick={() => turn(page - 1)} disabled={page <= 1}>
            ‹ {t('viewer.previous')}
          </button>
          <div className="reader-view-tools">
            <div className="reader-fit" role="group">
              <button type="button" className="button reader-fit-choice" aria-pressed={fit === 'width' && zoom === 1} onClick={() => (fit === 'width' ? onZoom(1) : onFit('width'))}>
                {t('viewer.fitWidth')}
              </button>
              <button type="button" className="button reader-fit-choice" aria-pressed={fit === 'page'} onClick={() => onFit('page')}>
                {t('viewer.fitPage')}
              </button>
            </div>
            <div className="reader-zoom">
              <button type="button" className="button" aria-label={t('viewer.zoomOut')} disabled={fit === 'page' || zoomIndex <= 0} onClick={() => onZoom(ZOOM_STEPS[zoomIndex - 1] ?? 1)}>
                −
              </button>
              <button type="button" className="button" aria-label={t('viewer.zoomIn')} disabled={fit === 'width' && zoomIndex >= ZOOM_STEPS.length - 1} onClick={() => onZoom(fit === 'page' ? 1 : (ZOOM_STEPS[zoomIndex + 1] ?? zoom))}>
                +
              </button>
            </div>
          </div>
          <span className="reader-page-number" data-testid="reader-page-number">
            {pageLabel}
          </span>
          <button type="button" className="button reader-turn" onClick={() => turn(page + 1)} disabled={page >= shownDocument.pages}>
            {t('viewer.next')} ›
          </button>
        </nav>
      )}
    </section>
  );
}
