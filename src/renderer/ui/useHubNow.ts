import { useEffect, useState } from 'react';

/** How often a running timer is redrawn: often enough that a second never shows late by more than this. */
const REDRAW_EVERY_MS = 100;

/**
 * The hub's clock as this device estimates it (its own clock plus the measured
 * offset), redrawn locally while `running`; nothing comes from the hub per tick.
 */
export function useHubNow(hubClockOffsetMs: number | null, running: boolean, redrawEveryMs = REDRAW_EVERY_MS): number {
  const offset = hubClockOffsetMs ?? 0;
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    setLocalNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setLocalNow(Date.now()), redrawEveryMs);
    return () => clearInterval(timer);
  }, [running, redrawEveryMs]);
  return localNow + offset;
}
