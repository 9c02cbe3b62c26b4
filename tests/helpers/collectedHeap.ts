/**
 * The heap in use after a full garbage collection, for memory checks that
 * compare before and after. Needs `node --expose-gc` (the fuzz project runs
 * with it); without it a check would compare garbage, so it refuses to run.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export async function collectedHeapBytes(): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('global.gc is missing: run the test with node --expose-gc');
  gc();
  // Finalizers and weak callbacks run between collections; a second pass frees what they released.
  await nextTurn();
  gc();
  return process.memoryUsage().heapUsed;
}
