/**
 * Whether the hub can write to its disk, as the last write found it: a failed
 * commit or ballot marks it, the next successful one clears it. /healthz
 * reports it, so monitoring sees a full or read-only disk while the hub stays
 * up and answers every command with the reason.
 */
import type { StorageErrorCode, StorageFailure } from './storageFailure';

export interface StorageHealth {
  /** Records a failed write, if it was a storage failure; returns it unchanged. */
  failed(failure: StorageFailure | null): StorageFailure | null;
  /** Records a write that reached the disk. */
  wrote(): void;
  problem(): StorageErrorCode | null;
}

export function createStorageHealth(): StorageHealth {
  let problem: StorageErrorCode | null = null;
  return {
    failed(failure) {
      if (failure) problem = failure.code;
      return failure;
    },
    wrote() {
      problem = null;
    },
    problem: () => problem,
  };
}
