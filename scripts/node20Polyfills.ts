/**
 * Vitest 5 prints failures with Map.groupBy, which Node 20 lacks (it came in Node 21).
 * Without this, a failing test crashes the reporter and its message is lost.
 */
export function installNode20Polyfills(): void {
  if (typeof (Map as { groupBy?: unknown }).groupBy === 'function') return;
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
