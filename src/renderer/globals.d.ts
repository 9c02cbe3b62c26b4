import type { ChamberApi } from '../preload/chamberApi';

declare global {
  interface Window {
    /** Present only inside the Electron console, from the preload. */
    chamber?: ChamberApi;
  }
}
