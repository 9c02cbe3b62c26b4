/** The apps' document prefetch, driven against a real hub: it fetches everything, and what is added later. */
import WebSocket from 'ws';
import { describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { SocketLike } from '../../../src/renderer/client/hubClient';
import { connectSession } from '../../../src/renderer/client/connectSession';
import { createMemoryCache } from '../../../src/renderer/documents/documentBytesCache';
import { fetchDocumentBytes } from '../../../src/renderer/documents/fetchDocumentBytes';
import { Prefetcher } from '../../../src/renderer/documents/prefetcher';
import type { PrefetchProgress } from '../../../src/renderer/documents/prefetcher';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

function until<T>(read: () => T | undefined, what: string, timeoutMs = 8000): Promise<T> {
  return vi.waitFor(
    () => {
      const value = read();
      if (value === undefined) throw new Error(`Timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}

describe('document prefetch', () => {
  it('downloads every document of the session, then one added mid-session as soon as it appears', async () => {
    const token = tokenOf(hub, 'seat-11');
    const connection = connectSession({ url: socketUrl(hub), token, createSocket: (url) => new WebSocket(url) as unknown as SocketLike });
    const cache = createMemoryCache();
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const prefetcher = new Prefetcher({ cache, fetchBytes: (sha) => fetchDocumentBytes(hub.localUrl, token, sha), onProgress: (p) => (progress = p) });
    const sync = () => prefetcher.sync(connection.store.getState().state.documents.map((d) => d.sha256));
    const unsubscribe = connection.store.subscribe(sync);
    try {
      const count = new Set(hub.engine.state().documents.map((d) => d.sha256)).size;
      expect(count).toBeGreaterThan(5);
      await until(() => (progress.total === count && progress.done === count ? true : undefined), `all ${count} documents`);
      for (const document of hub.engine.state().documents) expect((await cache.get(document.sha256))?.byteLength).toBe(document.bytes);

      const added = await uploadTestDocument(hub, hub.engine.state().agenda[0]?.id ?? '', 'bo-sung.pdf', await makePdf(4, 'Bo sung'));
      await until(() => (progress.total === count + 1 && progress.done === count + 1 ? true : undefined), 'the added document');
      expect((await cache.get(added.sha256))?.byteLength).toBe(added.bytes);
    } finally {
      unsubscribe();
      prefetcher.stop();
      connection.stop();
    }
  });
});
