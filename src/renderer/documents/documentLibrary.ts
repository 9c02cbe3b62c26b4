/**
 * A page's documents: prefetched to the device as the session names them,
 * opened as pdf.js documents on demand (a few kept open), and their pages
 * rendered ahead in a shared cache.
 */
import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { DocumentInfo } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { PageCache } from '../pdf/pageCache';
import type { OpenedPdf } from '../pdf/pdfjs';
import type { DocumentBytesCache } from './documentBytesCache';
import { DocumentIntegrityError, verifyDocumentBytes } from './documentDigest';
import { fetchDocumentBytes } from './fetchDocumentBytes';
import { createPartialDownloads } from './partialDownloads';
import { prefetchOrder } from './prefetchOrder';
import { Prefetcher } from './prefetcher';
import type { PrefetchProgress } from './prefetcher';

const OPEN_DOCUMENTS = 4;

export interface DocumentLibrary {
  useProgress: UseBoundStore<StoreApi<PrefetchProgress>>;
  pages: PageCache;
  /** The document as a pdf.js document, from the device when prefetched, else from the hub. */
  open(document: DocumentInfo): Promise<OpenedPdf>;
  stop(): void;
}

export function createDocumentLibrary(connection: SessionConnection, cache: DocumentBytesCache, options: { prefetch: boolean }): DocumentLibrary {
  const useProgress = create<PrefetchProgress>(() => ({ done: 0, total: 0, failing: 0, corrupt: 0 }));
  const partials = createPartialDownloads();
  const download = (sha256: string) => fetchDocumentBytes(connection.httpBase, connection.token, sha256, partials);
  const prefetcher = options.prefetch ? new Prefetcher({ cache, fetchBytes: download, onProgress: (progress) => useProgress.setState(progress) }) : null;
  const opened = new Map<string, Promise<OpenedPdf>>();

  const syncWanted = () => prefetcher?.sync(prefetchOrder(connection.store.getState().state));
  const unsubscribe = connection.store.subscribe((view, previous) => {
    // New documents, or another current item or presented document: the queue re-orders (downloads in flight go on).
    if (
      view.state.documents !== previous.state.documents ||
      view.state.currentItemId !== previous.state.currentItemId ||
      view.state.presentation?.documentId !== previous.state.presentation?.documentId
    ) {
      syncWanted();
    }
    if (view.status === 'online' && previous.status !== 'online') prefetcher?.retryNow();
  });
  syncWanted();

  /** The document's bytes: the device's copy when it still matches its SHA-256, else a fresh download (one retry if that is damaged too). */
  async function bytesOf(sha256: string): Promise<Uint8Array> {
    const held = await cache.get(sha256).catch(() => undefined);
    if (held && (await verifyDocumentBytes(held, sha256).catch(() => 'damaged')) !== 'damaged') return held;
    if (held) await cache.remove(sha256).catch(() => undefined);
    const bytes = await download(sha256).catch((error: unknown) => {
      if (error instanceof DocumentIntegrityError) return download(sha256);
      throw error;
    });
    await cache.put(sha256, bytes).catch(() => undefined);
    return bytes;
  }

  return {
    useProgress,
    pages: new PageCache(),
    open(document) {
      const existing = opened.get(document.sha256);
      if (existing) {
        opened.delete(document.sha256);
        opened.set(document.sha256, existing);
        return existing;
      }
      const loading = import('../pdf/pdfjs').then(async ({ openPdf }) => openPdf(document.sha256, await bytesOf(document.sha256)));
      opened.set(document.sha256, loading);
      loading.catch(() => opened.delete(document.sha256));
      while (opened.size > OPEN_DOCUMENTS) {
        const oldest = opened.keys().next().value;
        if (oldest === undefined) break;
        void opened.get(oldest)?.then((pdf) => pdf.close());
        opened.delete(oldest);
      }
      return loading;
    },
    stop() {
      unsubscribe();
      prefetcher?.stop();
      for (const pdf of opened.values()) void pdf.then((p) => p.close(), () => undefined);
    },
  };
}
