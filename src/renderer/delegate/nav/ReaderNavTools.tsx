/**
 * The reader toolbar's navigation group: search this document, the page list
 * (thumbnails and bookmarks), bookmark the page shown. Compact buttons (an
 * icon and a short word) that still fit a finger; go to a page and the page's
 * text in large print are `NavPanelButton`s in the toolbar's "⋯ Thêm" menu.
 */
import { useEffect } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { loadBookmarks, toggleBookmark, useBookmarks } from './bookmarksStore';
import { NavPanelButton } from './NavPanelButton';
import './nav.css';

interface ReaderNavToolsProps {
  document: DocumentInfo;
  page: number;
}

export function ReaderNavTools({ document, page }: ReaderNavToolsProps) {
  const t = useT();
  const bookmarked = useBookmarks((state) => state.pages[document.sha256]?.includes(page) ?? false);
  useEffect(() => void loadBookmarks(document.sha256), [document.sha256]);

  return (
    <div className="nav-tools" role="group" aria-label={t('nav.tools')}>
      <NavPanelButton panel="search" icon="🔍" label={t('nav.search')} />
      <NavPanelButton panel="pages" icon="▦" label={t('nav.pages')} />
      <button
        type="button"
        className={bookmarked ? 'button nav-tool nav-bookmark-on' : 'button nav-tool'}
        aria-pressed={bookmarked}
        aria-label={t(bookmarked ? 'nav.bookmarkRemove' : 'nav.bookmarkAdd', { page })}
        data-testid="nav-bookmark"
        onClick={() => void toggleBookmark(document.sha256, page)}
      >
        <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span> {t('nav.bookmarkShort')}
      </button>
    </div>
  );
}
