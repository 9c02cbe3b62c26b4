/**
 * The bytes of downloads that broke off, kept so the next attempt asks only
 * for the rest (`Range: bytes=N-`). Kept in memory, not in IndexedDB: a
 * transfer breaks on a Wi-Fi blip while the app stays open, and at most the
 * prefetcher's few in-flight documents are partial at once, so a reload loses
 * little; writing every chunk to IndexedDB would double the device's writes
 * for 300 MB and count against Safari's storage quota twice. A byte budget
 * bounds the memory: past it the oldest partials are dropped (they start over).
 */

export interface PartialDownload {
  chunks: Uint8Array[];
  /** The bytes received, the sum of the chunks' lengths. */
  length: number;
}

export interface PartialDownloads {
  /** Removes and returns what was kept of a document's download, if anything. */
  take(sha256: string): PartialDownload | undefined;
  keep(sha256: string, partial: PartialDownload): void;
  /** The bytes held in all, for tests and diagnostics. */
  heldBytes(): number;
}

/** 64 MiB: two broken-off documents of a large session on an iPad with room to spare. */
export const DEFAULT_PARTIAL_BUDGET = 64 * 1024 * 1024;

export function createPartialDownloads(budgetBytes = DEFAULT_PARTIAL_BUDGET): PartialDownloads {
  const kept = new Map<string, PartialDownload>();
  const heldBytes = () => [...kept.values()].reduce((sum, partial) => sum + partial.length, 0);
  return {
    take(sha256) {
      const partial = kept.get(sha256);
      kept.delete(sha256);
      return partial;
    },
    keep(sha256, partial) {
      kept.delete(sha256);
      if (partial.length === 0 || partial.length > budgetBytes) return;
      kept.set(sha256, partial);
      for (const oldest of kept.keys()) {
        if (heldBytes() <= budgetBytes) break;
        kept.delete(oldest);
      }
    },
    heldBytes,
  };
}
