/**
 * The order rule of the agenda: items are grouped by sitting, the groups in
 * the order of the session's sittings, so a sitting's heading appears once.
 * The agenda commands keep this invariant; logs written before the rule may
 * hold a split agenda, which replays as it was and which a command never
 * makes worse.
 */
import type { AgendaItem, Sitting } from '../../protocol';

/** Each sitting's position in the session; an unknown sitting sorts last. */
function sittingRank(sittings: readonly Sitting[]): (sittingId: string) => number {
  const ranks = new Map(sittings.map((sitting, index) => [sitting.id, index]));
  return (sittingId) => ranks.get(sittingId) ?? sittings.length;
}

/** The index of the last element that matches, or -1 (Array.prototype.findLastIndex is ES2023). */
function lastIndexWhere<T>(list: readonly T[], matches: (element: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) {
    const element = list[index];
    if (element !== undefined && matches(element)) return index;
  }
  return -1;
}

/** The number of runs of consecutive items that share a sitting: one per heading a reader sees. */
export function countSittingRuns(agenda: readonly AgendaItem[]): number {
  return agenda.filter((item, index) => index === 0 || agenda[index - 1]?.sittingId !== item.sittingId).length;
}

/** True when every sitting's items are contiguous and the sittings come in session order. */
export function isGroupedBySitting(agenda: readonly AgendaItem[], sittings: readonly Sitting[]): boolean {
  const rank = sittingRank(sittings);
  return agenda.every((item, index) => {
    const previous = agenda[index - 1];
    return previous === undefined || rank(previous.sittingId) <= rank(item.sittingId);
  });
}

/**
 * Where an item of `sittingId` goes when it joins that sitting: right after
 * the sitting's last item, or, for a sitting with no items yet, after the
 * last item of an earlier sitting.
 */
export function endOfSitting(agenda: readonly AgendaItem[], sittings: readonly Sitting[], sittingId: string): number {
  const lastOfSitting = lastIndexWhere(agenda, (item) => item.sittingId === sittingId);
  if (lastOfSitting >= 0) return lastOfSitting + 1;
  const rank = sittingRank(sittings);
  const target = rank(sittingId);
  return lastIndexWhere(agenda, (item) => rank(item.sittingId) < target) + 1;
}

/**
 * True when `after` keeps the order rule as well as `before` did: a grouped
 * agenda stays grouped; a split one (from an old log) gains no heading.
 */
export function keepsSittingOrder(before: readonly AgendaItem[], after: readonly AgendaItem[], sittings: readonly Sitting[]): boolean {
  if (isGroupedBySitting(after, sittings)) return true;
  if (isGroupedBySitting(before, sittings)) return false;
  return countSittingRuns(after) <= countSittingRuns(before);
}
