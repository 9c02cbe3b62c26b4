/** Returns a copy of `list` with the element at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return copy;
  copy.splice(Math.min(Math.max(to, 0), copy.length), 0, moved);
  return copy;
}
