import { useEffect, useState } from 'react';

/** How long staff codes stay shown after "Show codes": long enough to scan, short enough not to be left on a projected screen. */
export const STAFF_CODES_SHOWN_MS = 30_000;

/**
 * Something hidden by default that a tap shows for `shownMs` and then hides
 * again. While `blocked` it stays hidden, and a reveal in progress ends.
 */
export function useRevealForAWhile(shownMs: number, blocked: boolean): { shown: boolean; show(): void; hide(): void } {
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (!revealed) return;
    // Blocked: the reveal ends now, so the codes do not come back when the block lifts.
    const timer = setTimeout(() => setRevealed(false), blocked ? 0 : shownMs);
    return () => clearTimeout(timer);
  }, [revealed, blocked, shownMs]);
  return {
    shown: revealed && !blocked,
    show: () => setRevealed(true),
    hide: () => setRevealed(false),
  };
}
