/**
 * Keeps the iPad's screen on during a sitting, with the Screen Wake Lock API
 * (Safari 16.4+, in a secure context: the hub's HTTPS). The system drops the
 * lock whenever the page is hidden, so it is asked for again each time the
 * page becomes visible. Where the API is missing, the iPad's own auto-lock
 * setting applies (docs/ipad-support.md).
 */
import { useEffect } from 'react';

interface WakeLockHost {
  navigator: { wakeLock?: { request(type: 'screen'): Promise<{ released: boolean; release(): Promise<void> }> } };
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

/** Holds a screen wake lock while the page is visible, until the returned function is called. */
export function holdScreenWakeLock(host: WakeLockHost): () => void {
  const wakeLock = host.navigator.wakeLock;
  if (!wakeLock) return () => undefined;
  let sentinel: { released: boolean; release(): Promise<void> } | null = null;
  let asking = false;
  let stopped = false;

  const acquire = () => {
    if (stopped || asking || host.document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    asking = true;
    wakeLock.request('screen').then(
      (granted) => {
        asking = false;
        if (stopped) void granted.release().catch(() => undefined);
        else sentinel = granted;
      },
      // Refused (low battery mode, no user gesture yet): the next visibility change asks again.
      () => {
        asking = false;
      },
    );
  };
  acquire();
  host.document.addEventListener('visibilitychange', acquire);
  return () => {
    stopped = true;
    host.document.removeEventListener('visibilitychange', acquire);
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  };
}

/** Keeps the screen awake while `active` holds (a sitting is loaded on the iPad). */
export function useScreenWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    return holdScreenWakeLock({ navigator, document });
  }, [active]);
}
