import type { SessionState } from '../../protocol';

/** The sitting in progress: the sitting of the current agenda item while the session is open; null otherwise. */
export function sittingInProgress(state: Pick<SessionState, 'session' | 'agenda' | 'currentItemId'>): string | null {
  if (state.session?.status !== 'open' || state.currentItemId === null) return null;
  return state.agenda.find((item) => item.id === state.currentItemId)?.sittingId ?? null;
}
