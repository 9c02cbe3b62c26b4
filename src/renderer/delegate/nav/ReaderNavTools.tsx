/**
 * The reader toolbar's navigation group: search this document, the page list
 * (thumbnails and bookmarks), bookmark the page shown, go to a page, and the
 * page's text in large print. Large buttons, for fingers.
 */
import { useEffect } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { loadBookmarks, toggleBookmark, useBookmarks } from './bookmarksStore';
import { useReaderNav } from './readerNavStore';
import type { NavPanel } from './readerNavStore';
import './nav.css';

interface ReaderNavToolsProps {
  document: DocumentInfo;
  page: number;
}

export function ReaderNavTools({ document, page }: ReaderNavToolsProps) {
  const t = useT();
  const panel = useReaderNav((state) => state.panel);
  const open = useReaderNav((state) => state.open);
  const bookmarked = useBookmarks((state) => state.pages[document.sha256]?.includes(page) ?? false);
  useEffect(() => void loadBookmarks(document.sha256), [document.sha256]);

  const toolButton = (name: NavPanel, label: string) => (
    <button type="button" className="button nav-tool" aria-pressed={panel === name} data-testid={`nav-${name}`} onClick={() => open(name)}>
      {label}
    </button>
  );
  return (
    <div className="nav-tools" role="group" aria-label={t('nav.tools')}>
      {toolButton('search', t('nav.search'))}
      {toolButton('pages', t('nav.pages'))}
      <button
        type="button"
        className={bookmarked ? 'button nav-tool nav-bookmark-on' : 'button nav-tool'}
        aria-pressed={bookmarked}
        aria-label={t(bookmarked ? 'nav.bookmarkRemove' : 'nav.bookmarkAdd', { page })}
        data-testid="nav-bookmark"
        onClick={() => void toggleBookmark(document.sha256, page)}
      >
        {bookmarked ? '★' : '☆'} {t('nav.bookmark')}
      </button>
      {toolButton('goTo', t('nav.goTo'))}
      {toolButton('largeText', t('nav.largeText'))}
    </div>
  );
}
