/**
 * Calls `onArrival` once for each help request that arrives while the console
 * is open. Requests already there when it connects are not new: a reload does
 * not ring for every request of the morning.
 */
import { useEffect, useRef } from 'react';
import type { HelpRequest } from '../../../shared/protocol';

export function useNewHelpRequests(requests: readonly HelpRequest[], synced: boolean, onArrival: (request: HelpRequest) => void): void {
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!synced) return;
    if (known.current === null) {
      known.current = new Set(requests.map((request) => request.id));
      return;
    }
    for (const request of requests) {
      if (known.current.has(request.id)) continue;
      known.current.add(request.id);
      if (request.resolvedAt === null) onArrival(request);
    }
  }, [requests, synced, onArrival]);
}
