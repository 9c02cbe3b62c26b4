import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../../src/renderer/documents/documentBytesCache';
import { DocumentIntegrityError } from '../../../../src/renderer/documents/documentDigest';
import { Prefetcher } from '../../../../src/renderer/documents/prefetcher';
import type { PrefetchProgress } from '../../../../src/renderer/documents/prefetcher';

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await settle();
  if (!check()) throw new Error('condition never held');
}

describe('Prefetcher', () => {
  it('fetches only what the device lacks, never more than two at once', async () => {
    const cache = createMemoryCache();
    await cache.put('held', new Uint8Array([1]));
    let active = 0;
    let peak = 0;
    const fetched: string[] = [];
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const prefetcher = new Prefetcher({
      cache,
      onProgress: (p) => (progress = p),
      fetchBytes: async (sha) => {
        active += 1;
        peak = Math.max(peak, active);
        await settle();
        active -= 1;
        fetched.push(sha);
        return new Uint8Array([2]);
      },
    });
    prefetcher.sync(['held', 'a', 'b', 'c', 'd']);
    await until(() => progress.done === 5);
    expect(fetched.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(peak).toBe(2);
    expect(progress).toEqual({ done: 5, total: 5, failing: 0, corrupt: 0 });
  });

  it('retries a failed download after a pause, and counts it as failing meanwhile', async () => {
    let attempts = 0;
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const prefetcher = new Prefetcher({
      cache: createMemoryCache(),
      onProgress: (p) => (progress = p),
      retryDelayMs: () => 5,
      fetchBytes: async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('Wi-Fi dropped');
        return new Uint8Array([1]);
      },
    });
    prefetcher.sync(['x']);
    await until(() => progress.failing === 1);
    await until(() => progress.done === 1);
    expect(attempts).toBe(3);
    expect(progress.failing).toBe(0);
    prefetcher.stop();
  });

  it('discards a download that does not match its SHA-256, says so, and keeps only the good one fetched again', async () => {
    const cache = createMemoryCache();
    let attempts = 0;
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const seen: PrefetchProgress[] = [];
    const prefetcher = new Prefetcher({
      cache,
      onProgress: (p) => {
        progress = p;
        seen.push(p);
      },
      retryDelayMs: () => 5,
      fetchBytes: async (sha) => {
        attempts += 1;
        if (attempts === 1) throw new DocumentIntegrityError(sha);
        return new Uint8Array([7]);
      },
    });
    prefetcher.sync(['x']);
    await until(() => progress.done === 1);
    expect(seen.some((p) => p.corrupt === 1 && p.failing === 1 && p.done === 0)).toBe(true);
    expect(progress).toEqual({ done: 1, total: 1, failing: 0, corrupt: 0 });
    expect(await cache.get('x')).toEqual(new Uint8Array([7]));
    expect(attempts).toBe(2);
    prefetcher.stop();
  });

  it('counts unique documents: the same file on two items is one download', async () => {
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const prefetcher = new Prefetcher({ cache: createMemoryCache(), onProgress: (p) => (progress = p), fetchBytes: async () => new Uint8Array([1]) });
    prefetcher.sync(['same', 'same', 'other']);
    await until(() => progress.done === 2);
    expect(progress.total).toBe(2);
  });

  it('starts the documents in the order given, and on a new order fetches its head next without dropping the download in flight', async () => {
    const started: string[] = [];
    const finished: string[] = [];
    const releases = new Map<string, () => void>();
    let progress: PrefetchProgress = { done: 0, total: 0, failing: 0, corrupt: 0 };
    const prefetcher = new Prefetcher({
      cache: createMemoryCache(),
      concurrency: 1,
      onProgress: (p) => (progress = p),
      fetchBytes: (sha) => {
        started.push(sha);
        return new Promise((resolve) => {
          releases.set(sha, () => {
            finished.push(sha);
            resolve(new Uint8Array([1]));
          });
        });
      },
    });
    prefetcher.sync(['current', 'next', 'later', 'past']);
    await until(() => started.length === 1);
    expect(started).toEqual(['current']);
    // The current item changes while "current" downloads: "past" is now the most needed.
    prefetcher.sync(['past', 'current', 'next', 'later']);
    await settle();
    expect(started).toEqual(['current']);
    releases.get('current')?.();
    await until(() => started.length === 2);
    expect(started).toEqual(['current', 'past']);
    releases.get('past')?.();
    await until(() => started.length === 3);
    releases.get('next')?.();
    await until(() => started.length === 4);
    releases.get('later')?.();
    await until(() => progress.done === 4);
    expect(finished).toEqual(['current', 'past', 'next', 'later']);
  });
});
