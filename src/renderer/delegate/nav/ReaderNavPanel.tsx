/**
 * The reader's side panel: this document's search, its pages (bookmarks and
 * thumbnails), go-to-page, or the page's text in large print over the page.
 * Taps inside it stay inside it: they never turn the page underneath.
 */
import { useEffect, useMemo } from 'react';
import type { PointerEvent } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import type { SearchHit } from '../../../shared/search';
import type { LoadedPdf } from '../../pdf/loadedPdf';
import { useT } from '../../ui/language';
import { BookmarkList } from './BookmarkList';
import { GoToPage } from './GoToPage';
import { PageThumbnailList } from './PageThumbnailList';
import { useReaderNav } from './readerNavStore';
import { ReflowView } from './ReflowView';
import { SearchPanel } from './SearchPanel';
import './nav.css';

interface ReaderNavPanelProps {
  document: DocumentInfo;
  /** The document as loaded, once it is (the thumbnails are drawn from it). */
  pdf: LoadedPdf | null;
  page: number;
  onTurn(page: number): void;
}

const keepInside = (event: PointerEvent) => event.stopPropagation();

export function ReaderNavPanel({ document, pdf, page, onTurn }: ReaderNavPanelProps) {
  const t = useT();
  const panel = useReaderNav((state) => state.panel);
  const close = useReaderNav((state) => state.close);
  const setHighlight = useReaderNav((state) => state.setHighlight);
  const documents = useMemo(() => [document], [document]);
  // Another document closes the panel: what it showed was about the previous one.
  useEffect(() => close, [document.sha256, close]);
  if (panel === null) return null;

  const goTo = (target: number) => {
    if (target !== page) onTurn(target);
  };
  const openHit = (hit: SearchHit) => {
    setHighlight({ documentId: hit.documentId, page: hit.page, query: useReaderNav.getState().query, index: hit.index });
    goTo(hit.page);
    close();
  };
  const wide = panel === 'largeText';
  return (
    <aside
      className={wide ? 'nav-panel nav-panel-wide' : 'nav-panel'}
      data-testid="nav-panel"
      aria-label={t(titleKey[panel])}
      onPointerDown={keepInside}
      onPointerUp={keepInside}
      onPointerCancel={keepInside}
    >
      <header className="nav-panel-header">
        <h2 className="nav-panel-title">{panel === 'largeText' ? t('nav.largeTextTitle', { page }) : t(titleKey[panel])}</h2>
        <button type="button" className="button nav-close" onClick={close}>
          {panel === 'largeText' ? t('nav.largeTextBack') : t('nav.close')}
        </button>
      </header>
      <div className="nav-panel-body">
        {panel === 'search' && <SearchPanel documents={documents} scope="document" onOpenHit={openHit} />}
        {panel === 'pages' && (
          <>
            <BookmarkList document={document} page={page} onChoose={goTo} />
            {pdf && <PageThumbnailList pdf={pdf} document={document} page={page} onChoose={goTo} />}
          </>
        )}
        {panel === 'goTo' && (
          <GoToPage
            pages={document.pages}
            onGo={(target) => {
              goTo(target);
              close();
            }}
          />
        )}
        {panel === 'largeText' && <ReflowView document={document} page={page} />}
      </div>
    </aside>
  );
}

const titleKey = {
  search: 'nav.searchDocument',
  pages: 'nav.pages',
  bookmarks: 'nav.bookmarks',
  goTo: 'nav.goTo',
  largeText: 'nav.largeText',
} as const;
