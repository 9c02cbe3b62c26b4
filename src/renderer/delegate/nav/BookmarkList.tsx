/** The pages of this document bookmarked on this device, each a large button to go there. */
import { useEffect } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { loadBookmarks, useBookmarks } from './bookmarksStore';

const NONE: number[] = [];

export function BookmarkList({ document, page, onChoose }: { document: DocumentInfo; page: number; onChoose(page: number): void }) {
  const t = useT();
  const marked = useBookmarks((state) => state.pages[document.sha256] ?? NONE);
  useEffect(() => void loadBookmarks(document.sha256), [document.sha256]);
  return (
    <section className="nav-bookmarks" data-testid="bookmark-list">
      <h3 className="nav-section-title">{t('nav.bookmarks')}</h3>
      {marked.length === 0 ? (
        <p className="nav-note">{t('nav.bookmarksNone')}</p>
      ) : (
        <ul className="nav-bookmark-buttons">
          {marked.map((number) => (
            <li key={number}>
              <button type="button" className="button nav-bookmark-button" aria-current={number === page ? 'page' : undefined} onClick={() => onChoose(number)}>
                ★ {t('nav.searchHitPage', { page: number })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
