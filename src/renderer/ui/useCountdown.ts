import { useEffect, useState } from 'react';
import type { VoteInfo } from '../../shared/protocol';

/** Seconds left of an open vote's time, ticking each second; null when the vote has no limit. */
export function useCountdown(vote: VoteInfo): number | null {
  const [now, setNow] = useState(() => Date.now());
  const deadline = vote.status === 'open' && vote.durationSeconds !== null ? vote.openedAt + vote.durationSeconds * 1000 : null;
  const limited = deadline !== null;
  useEffect(() => {
    if (!limited) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [limited]);
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

export function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
