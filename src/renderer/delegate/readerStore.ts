/**
 * What the delegate is reading, and whether they follow the presenter. In
 * follow mode the presenter's position is shown; the moment the delegate
 * turns a page, opens a document or goes back to the agenda, they browse
 * freely and the presenter no longer pulls them. `follow()` returns.
 */
import { create } from 'zustand';
import type { Presentation } from '../../shared/protocol';

export const ZOOM_STEPS = [1, 1.25, 1.5, 2, 3] as const;

/** How the page fits the reader: its width fills the reader (and zooms), or the whole page shows. */
export type PageFit = 'width' | 'page';

export interface ReadingPosition {
  documentId: string;
  page: number;
}

export interface ReaderState {
  mode: 'follow' | 'free';
  view: 'agenda' | 'document';
  /** The delegate's own position, used when not following (or when nothing is presented). */
  own: ReadingPosition | null;
  zoom: number;
  fit: PageFit;
  /** Reading mode: the page takes the whole screen, the app's bars hidden; following goes on. */
  readingMode: boolean;
  openDocument(documentId: string, page?: number): void;
  turnTo(position: ReadingPosition): void;
  showAgenda(): void;
  follow(presentation: Presentation | null): void;
  /** The presenter moved: a follower is taken to the document. */
  presenterMoved(presentation: Presentation | null, previous: Presentation | null): void;
  setZoom(zoom: number): void;
  setFit(fit: PageFit): void;
  setReadingMode(on: boolean): void;
}

export const useReader = create<ReaderState>((set, get) => ({
  mode: 'follow',
  view: 'agenda',
  own: null,
  zoom: 1,
  fit: 'width',
  readingMode: false,
  openDocument: (documentId, page = 1) => set({ mode: 'free', view: 'document', own: { documentId, page }, zoom: 1 }),
  turnTo: (position) => set({ mode: 'free', view: 'document', own: position }),
  showAgenda: () => set({ mode: 'free', view: 'agenda', readingMode: false }),
  follow: (presentation) => set({ mode: 'follow', view: presentation ? 'document' : get().view, own: null }),
  presenterMoved(presentation, previous) {
    if (get().mode !== 'follow') return;
    if (presentation) set({ view: 'document' });
    // When the presenter stops, a follower stays on the last page shown, now reading it freely.
    else if (previous) set({ own: { documentId: previous.documentId, page: previous.page } });
  },
  // Zooming sizes the page by its width, so it leaves the whole-page fit.
  setZoom: (zoom) => set({ zoom, fit: 'width' }),
  setFit: (fit) => set({ fit, zoom: 1 }),
  setReadingMode: (readingMode) => set({ readingMode }),
}));

/** The position on screen: the presenter's while following, else the delegate's own. */
export function shownPosition(reader: Pick<ReaderState, 'mode' | 'own'>, presentation: Presentation | null): (ReadingPosition & { offset?: number; following: boolean }) | null {
  if (reader.mode === 'follow' && presentation) return { documentId: presentation.documentId, page: presentation.page, offset: presentation.offset, following: true };
  return reader.own ? { ...reader.own, following: false } : null;
}
