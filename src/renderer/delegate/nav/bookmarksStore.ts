/**
 * Bookmarked pages, kept on this device per document version (its SHA-256):
 * a replaced document starts without bookmarks, since its pages may differ.
 * IndexedDB keeps them across reloads; without it they last the visit.
 */
import { createStore, get, set } from 'idb-keyval';
import { create } from 'zustand';

interface BookmarksState {
  /** Bookmarked pages per document SHA-256, in page order; absent until loaded. */
  pages: Record<string, number[]>;
}

export const useBookmarks = create<BookmarksState>(() => ({ pages: {} }));

const store = typeof indexedDB === 'undefined' ? null : createStore('chamber-bookmarks', 'pages');
const loading = new Map<string, Promise<void>>();

function cleanPages(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((page): page is number => Number.isInteger(page) && page >= 1))].sort((a, b) => a - b);
}

/** Reads a document's bookmarks from the device, once. */
export function loadBookmarks(sha256: string): Promise<void> {
  const known = loading.get(sha256);
  if (known) return known;
  const load = (async () => {
    let pages: number[] = [];
    if (store) {
      try {
        pages = cleanPages(await get(sha256, store));
      } catch {
        pages = [];
      }
    }
    useBookmarks.setState((state) => ({ pages: { ...state.pages, [sha256]: state.pages[sha256] ?? pages } }));
  })();
  loading.set(sha256, load);
  return load;
}

/** Adds or removes a page's bookmark; resolves once it is on the device. */
export async function toggleBookmark(sha256: string, page: number): Promise<void> {
  await loadBookmarks(sha256);
  const current = useBookmarks.getState().pages[sha256] ?? [];
  const next = current.includes(page) ? current.filter((marked) => marked !== page) : [...current, page].sort((a, b) => a - b);
  useBookmarks.setState((state) => ({ pages: { ...state.pages, [sha256]: next } }));
  if (store) await set(sha256, next, store).catch(() => undefined);
}
