import type { ChamberApi } from '../preload/chamberApi';

declare global {
  interface Window {
    /** Present only inside the Electron console, from the preload. */
    chamber?: ChamberApi;
    /** Set by the page-follow benchmark: every page that reached the screen, with when. */
    __chamberPaints?: Array<{ documentId: string; page: number; at: number }>;
  }
}
