import { useEffect, useRef, useState } from 'react';
import type { DropTimes } from './connectionDrops';
import { nextDropTimes } from './connectionDrops';

/** How often the minutes since a drop are brought up to date. */
const REFRESH_MS = 30_000;

/** The drop times of the principals (see `nextDropTimes`), and this computer's time, refreshed twice a minute. */
export function useConnectionDrops(online: readonly string[]): { drops: DropTimes; now: number } {
  const previous = useRef<readonly string[]>(online);
  const [drops, setDrops] = useState<DropTimes>({});
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const before = previous.current;
    previous.current = online;
    const at = Date.now();
    setDrops((current) => nextDropTimes(current, before, online, at));
    setNow(at);
  }, [online]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return { drops, now };
}
