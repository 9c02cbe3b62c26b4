import type { HelpRequest } from '../../../shared/protocol';

/**
 * Which help requests arrived since the last look. The first look (`known`
 * null) only learns what is there: requests present when the console connects
 * are not new, so a reload does not ring for every request of the morning.
 * Requests already handled when first seen never ring.
 */
export function helpArrivals(known: ReadonlySet<string> | null, requests: readonly HelpRequest[]): { known: Set<string>; arrived: HelpRequest[] } {
  const next = new Set(known ?? []);
  const arrived: HelpRequest[] = [];
  for (const request of requests) {
    if (next.has(request.id)) continue;
    next.add(request.id);
    if (known !== null && request.resolvedAt === null) arrived.push(request);
  }
  return { known: next, arrived };
}
