/**
 * Downloads every document of the session to the device, in the order given
 * (see `prefetchOrder`: the current item's first), and keeps them downloaded:
 * a document added later is fetched as soon as the session names it, and a
 * failed download is retried with a growing pause. A new order takes effect
 * at the next free slot; a download in flight is never dropped for it.
 * Progress is counted in documents, as delegates read it ("7/12").
 *
 * Two at a time per device. With 200 iPads on one access point the air time
 * is what is shared: more streams per iPad do not make the hall's downloads
 * faster, they split each iPad's share so that its most needed document
 * arrives later, and they multiply the hub's open files and sockets (400 at
 * two). Two rather than one keeps the link busy while the next request waits
 * for its first byte.
 */
import type { DocumentBytesCache } from './documentBytesCache';
import { DocumentIntegrityError } from './documentDigest';

export interface PrefetchProgress {
  done: number;
  total: number;
  /** Documents whose last attempt failed and that wait for a retry. */
  failing: number;
  /** Of those, the ones whose last download did not match its SHA-256 and was discarded. */
  corrupt: number;
}

export interface PrefetcherOptions {
  cache: DocumentBytesCache;
  fetchBytes(sha256: string): Promise<Uint8Array>;
  onProgress(progress: PrefetchProgress): void;
  concurrency?: number;
  retryDelayMs?(attempt: number): number;
}

export class Prefetcher {
  private wanted: string[] = [];
  private readonly held = new Set<string>();
  private readonly inFlight = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly corrupt = new Set<string>();
  private readonly waiting = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private known: Promise<void>;
  private stopped = false;

  constructor(private readonly options: PrefetcherOptions) {
    this.known = options.cache.list().then(
      (shas) => {
        for (const sha of shas) this.held.add(sha);
      },
      () => undefined,
    );
  }

  /** Sets what the session holds now; fetches what the device lacks. */
  sync(sha256s: Iterable<string>): void {
    this.wanted = [...new Set(sha256s)];
    void this.known.then(() => {
      this.report();
      this.pump();
    });
  }

  /** Tries every failing document again now (the device came back online). */
  retryNow(): void {
    for (const sha of this.waiting) this.failures.delete(sha);
    this.waiting.clear();
    this.pump();
  }

  has(sha256: string): boolean {
    return this.held.has(sha256);
  }

  progress(): PrefetchProgress {
    return {
      done: this.wanted.filter((sha) => this.held.has(sha)).length,
      total: this.wanted.length,
      failing: this.wanted.filter((sha) => this.failures.has(sha) && !this.held.has(sha)).length,
      corrupt: this.wanted.filter((sha) => this.corrupt.has(sha) && !this.held.has(sha)).length,
    };
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
  }

  private report(): void {
    this.options.onProgress(this.progress());
  }

  private pump(): void {
    if (this.stopped) return;
    const limit = this.options.concurrency ?? 2;
    for (const sha of this.wanted) {
      if (this.inFlight.size >= limit) return;
      if (this.held.has(sha) || this.inFlight.has(sha) || this.waiting.has(sha)) continue;
      void this.download(sha);
    }
  }

  private async download(sha: string): Promise<void> {
    this.inFlight.add(sha);
    try {
      const bytes = await this.options.fetchBytes(sha);
      await this.options.cache.put(sha, bytes);
      this.held.add(sha);
      this.failures.delete(sha);
      this.corrupt.delete(sha);
    } catch (error) {
      if (error instanceof DocumentIntegrityError) this.corrupt.add(sha);
      else this.corrupt.delete(sha);
      const attempt = (this.failures.get(sha) ?? 0) + 1;
      this.failures.set(sha, attempt);
      this.waiting.add(sha);
      const delay = this.options.retryDelayMs?.(attempt) ?? Math.min(30_000, 1000 * 2 ** (attempt - 1));
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.waiting.delete(sha);
        this.pump();
      }, delay);
      this.timers.add(timer);
    } finally {
      this.inFlight.delete(sha);
      this.report();
      this.pump();
    }
  }
}
