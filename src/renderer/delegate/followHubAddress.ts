/**
 * When the hub moved to another address of the same computer (the secretary
 * chose another network interface) and the old address stays unreachable, the
 * iPad reopens its app at the new one with the same token. An address that is
 * not the same hub's is ignored. The page's CSP forbids probing the new
 * address first, so the move waits until the old one has failed for a while:
 * a short Wi-Fi blip on the old address does not move the iPad.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionView } from '../client/connectSession';
import { acceptedHubAddress, movedAppUrl } from '../client/movedHubAddress';

/** How long the old address stays unreachable before the iPad moves to the new one. */
export const MOVE_AFTER_OFFLINE_MS = 20_000;

export interface FollowHubAddressOptions {
  pageOrigin: string;
  appPath: string;
  token: string;
  open(url: string): void;
}

export function followHubAddress(store: StoreApi<SessionView>, options: FollowHubAddressOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const unsubscribe = store.subscribe((view) => {
    if (view.status !== 'offline') return cancel();
    if (timer !== null || view.hubAddress === null) return;
    timer = setTimeout(() => {
      timer = null;
      const latest = store.getState();
      const origin = latest.hubAddress === null ? null : acceptedHubAddress(options.pageOrigin, latest.hubAddress);
      if (latest.status === 'offline' && origin !== null) options.open(movedAppUrl(origin, options.appPath, options.token));
    }, MOVE_AFTER_OFFLINE_MS);
  });
  return () => {
    cancel();
    unsubscribe();
  };
}
