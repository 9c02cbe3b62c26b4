/**
 * When each principal lost its connection, as this console saw it happen. The hub
 * tells staff who is online now; a drop is the moment an id leaves that list, and
 * it is forgotten when the id comes back. An id never seen online has no drop time.
 */

/** A drop of this long is a long absence: the secretary is offered to mark the delegate as left. */
export const LONG_ABSENCE_MS = 10 * 60_000;

export type DropTimes = Readonly<Record<string, number>>;

/** The drop times after the online list changed from `before` to `after` at `now`. */
export function nextDropTimes(drops: DropTimes, before: readonly string[], after: readonly string[], now: number): DropTimes {
  const online = new Set(after);
  const next: Record<string, number> = {};
  for (const [id, at] of Object.entries(drops)) if (!online.has(id)) next[id] = at;
  for (const id of before) if (!online.has(id) && next[id] === undefined) next[id] = now;
  return next;
}

/** Whole minutes since the drop. */
export function minutesSince(droppedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - droppedAt) / 60_000));
}
