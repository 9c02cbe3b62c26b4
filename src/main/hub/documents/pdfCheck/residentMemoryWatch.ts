/**
 * A watch on the hub process's resident memory while a worker thread reads a
 * PDF. pdf.js keeps decoded streams in ArrayBuffers, outside the V8 heap, so a
 * worker's `resourceLimits` do not bound them: a compression bomb can take
 * gigabytes that way. The watch samples `process.memoryUsage.rss()` and calls
 * `onExceeded` once, when it has grown more than `allowedGrowthBytes` above
 * what it was when the watch began; the caller then terminates the worker.
 * Used by the import check and by the text indexer.
 */
export interface ResidentMemoryWatch {
  stop(): void;
}

export function watchResidentMemory(allowedGrowthBytes: number, sampleMs: number, onExceeded: () => void): ResidentMemoryWatch {
  const residentAtStart = process.memoryUsage.rss();
  const timer = setInterval(() => {
    if (process.memoryUsage.rss() - residentAtStart <= allowedGrowthBytes) return;
    clearInterval(timer);
    onExceeded();
  }, sampleMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
