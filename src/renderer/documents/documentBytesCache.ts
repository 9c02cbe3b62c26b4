/**
 * Where prefetched documents are kept on the device. Plain-HTTP pages on a
 * hall LAN get no Service Worker and no Cache API in Safari (both need a
 * secure context), so documents go to IndexedDB, which survives a reload; when
 * IndexedDB is unavailable (some private modes) they are kept in memory.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';

export interface DocumentBytesCache {
  readonly kind: 'indexeddb' | 'memory';
  get(sha256: string): Promise<Uint8Array | undefined>;
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The SHA-256 of every document held. */
  list(): Promise<string[]>;
  remove(sha256: string): Promise<void>;
}

export function createMemoryCache(): DocumentBytesCache {
  const entries = new Map<string, Uint8Array>();
  return {
    kind: 'memory',
    get: async (sha256) => {
      const bytes = entries.get(sha256);
      return bytes ? bytes.slice() : undefined;
    },
    put: async (sha256, bytes) => void entries.set(sha256, bytes.slice()),
    list: async () => [...entries.keys()],
    remove: async (sha256) => void entries.delete(sha256),
  };
}

function createIndexedDbCache(): DocumentBytesCache {
  const store = createStore('chamber-documents', 'pdf');
  return {
    kind: 'indexeddb',
    get: async (sha256) => {
      const value: unknown = await get(sha256, store);
      return value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : undefined;
    },
    put: (sha256, bytes) => set(sha256, bytes, store),
    list: async () => (await keys(store)).filter((key): key is string => typeof key === 'string'),
    remove: (sha256) => del(sha256, store),
  };
}

/** IndexedDB when this browser lets the page use it, memory otherwise. */
export async function openDocumentBytesCache(): Promise<DocumentBytesCache> {
  if (typeof indexedDB === 'undefined') return createMemoryCache();
  try {
    const cache = createIndexedDbCache();
    await cache.list();
    return cache;
  } catch {
    return createMemoryCache();
  }
}
