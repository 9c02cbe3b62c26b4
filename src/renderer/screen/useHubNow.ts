/**
 * The hub's clock as this device estimates it (the local clock plus the offset
 * measured from the hub's messages), re-read every `intervalMs`. A device
 * whose own clock is minutes wrong still shows the hub's time.
 */
import { useEffect, useState } from 'react';
import type { SessionConnection } from '../client/connectSession';
import { useSessionView } from '../ui/useSessionView';

export function useHubNow(connection: SessionConnection, intervalMs: number): number {
  const offset = useSessionView(connection.store, (view) => view.hubClockOffsetMs) ?? 0;
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocalNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return localNow + offset;
}
