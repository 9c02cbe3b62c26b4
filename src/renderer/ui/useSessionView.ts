import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionView } from '../client/connectSession';

/** Subscribes a component to a slice of the session view. */
export function useSessionView<T>(store: StoreApi<SessionView>, select: (view: SessionView) => T): T {
  return useStore(store, select);
}
