/**
 * The documents' text indexes on this device. Each is fetched once (it never
 * changes for a document's SHA-256) and kept in IndexedDB beside the PDFs, so
 * search works with the hub out of reach. Only a status per document is kept
 * in memory; the pages themselves are read when a search needs them, and only
 * the last few documents read stay in memory (a 1,500-page text is megabytes).
 */
import { createStore, get, set } from 'idb-keyval';
import { create } from 'zustand';
import { hasNoText } from '../../../shared/search';

export type TextStatus = 'pending' | 'ready' | 'scanned' | 'unavailable';

interface TextIndexesState {
  status: Record<string, TextStatus>;
}

export const useTextIndexes = create<TextIndexesState>(() => ({ status: {} }));

interface TextIndexStorage {
  get(sha256: string): Promise<string[] | undefined>;
  put(sha256: string, pages: string[]): Promise<void>;
}

function memoryStorage(): TextIndexStorage {
  const entries = new Map<string, string[]>();
  return { get: async (sha256) => entries.get(sha256), put: async (sha256, pages) => void entries.set(sha256, pages) };
}

function indexedDbStorage(): TextIndexStorage {
  const store = createStore('chamber-text-index', 'text');
  return {
    get: async (sha256) => {
      const value: unknown = await get(sha256, store);
      return Array.isArray(value) ? value.filter((page): page is string => typeof page === 'string') : undefined;
    },
    put: (sha256, pages) => set(sha256, pages, store),
  };
}

let storage: TextIndexStorage | null = null;

function storageNow(): TextIndexStorage {
  storage ??= typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage();
  return storage;
}

const RECENT_DOCUMENTS = 2;
const recent = new Map<string, string[]>();

function remember(sha256: string, pages: string[]): void {
  recent.delete(sha256);
  recent.set(sha256, pages);
  while (recent.size > RECENT_DOCUMENTS) {
    const oldest = recent.keys().next().value;
    if (oldest === undefined) break;
    recent.delete(oldest);
  }
}

function setStatus(sha256: string, status: TextStatus): void {
  useTextIndexes.setState((state) => (state.status[sha256] === status ? state : { status: { ...state.status, [sha256]: status } }));
}

/** The pages of a document's text index held on this device, or null when it has none yet. */
export async function textPagesOf(sha256: string): Promise<string[] | null> {
  const held = recent.get(sha256);
  if (held) {
    remember(sha256, held);
    return held;
  }
  let pages: string[] | undefined;
  try {
    pages = await storageNow().get(sha256);
  } catch {
    // IndexedDB refused (private mode, storage full): keep what comes next in memory instead.
    storage = memoryStorage();
  }
  if (!pages) return null;
  remember(sha256, pages);
  return pages;
}

/** Whether the device holds the index already (read once from IndexedDB); sets the status it finds. */
export async function loadHeldTextIndex(sha256: string): Promise<boolean> {
  const pages = await textPagesOf(sha256);
  if (pages) setStatus(sha256, hasNoText(pages) ? 'scanned' : 'ready');
  return pages !== null;
}

/** Keeps a downloaded index on the device. */
export async function keepTextIndex(sha256: string, pages: string[]): Promise<void> {
  remember(sha256, pages);
  try {
    await storageNow().put(sha256, pages);
  } catch {
    storage = memoryStorage();
    await storage.put(sha256, pages);
  }
  setStatus(sha256, hasNoText(pages) ? 'scanned' : 'ready');
}

export function markTextStatus(sha256: string, status: Extract<TextStatus, 'pending' | 'unavailable'>): void {
  setStatus(sha256, status);
}
