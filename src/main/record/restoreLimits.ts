/** How much a restore accepts, so that a hostile or mistaken archive cannot fill the disk. */
export interface RestoreLimits {
  /** The sum of every entry's size, unpacked. */
  maxBytes: number;
  maxEntries: number;
}

/** Room for a long session with a few thousand pages of documents. */
export const DEFAULT_RESTORE_LIMITS: RestoreLimits = { maxBytes: 4 * 1024 * 1024 * 1024, maxEntries: 20_000 };

/** The manifest is read into memory: it is small. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
