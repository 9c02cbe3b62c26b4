/** Calls `onArrival` once for each help request that arrives while the console is open (see `helpArrivals`). */
import { useEffect, useRef } from 'react';
import type { HelpRequest } from '../../../shared/protocol';
import { helpArrivals } from './helpArrivals';

export function useNewHelpRequests(requests: readonly HelpRequest[], synced: boolean, onArrival: (request: HelpRequest) => void): void {
  const known = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!synced) return;
    const { known: next, arrived } = helpArrivals(known.current, requests);
    known.current = next;
    for (const request of arrived) onArrival(request);
  }, [requests, synced, onArrival]);
}
