/**
 * What the reader's navigation shows: which side panel is open, the search
 * typed, the hit to highlight on its page, and the presenter's position (so
 * the page list can mark it).
 */
import { create } from 'zustand';
import type { Presentation } from '../../../shared/protocol';

export type NavPanel = 'search' | 'pages' | 'bookmarks' | 'goTo' | 'largeText';

/** A search hit to highlight: the `index`-th match of `query` on that page of that document. */
export interface SearchHighlight {
  documentId: string;
  page: number;
  query: string;
  index: number;
}

interface ReaderNavState {
  panel: NavPanel | null;
  query: string;
  highlight: SearchHighlight | null;
  presentation: Presentation | null;
  open(panel: NavPanel): void;
  close(): void;
  setQuery(query: string): void;
  setHighlight(highlight: SearchHighlight | null): void;
}

export const useReaderNav = create<ReaderNavState>((set, get) => ({
  panel: null,
  query: '',
  highlight: null,
  presentation: null,
  open: (panel) => set({ panel: get().panel === panel ? null : panel }),
  close: () => set({ panel: null }),
  setQuery: (query) => set({ query }),
  setHighlight: (highlight) => set({ highlight }),
}));
