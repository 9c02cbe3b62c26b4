import type { SessionState } from '../../protocol';

/** The sitting in progress: the sitting of the current agenda item while the session is open; null otherwise. */
export function sittingInProgress(state: Pick<SessionState, 'session' | 'agenda' | 'currentItemId'>): string | null {
  if (state.session?.status !== 'open' || state.currentItemId === null) return null;
  return state.agenda.find((item) => item.id === state.currentItemId)?.sittingId ?? null;
}

/** The sitting whose roll a vote on this item opens with: the sitting in progress, or else the item's own sitting. */
export function rollSittingForVote(state: Pick<SessionState, 'session' | 'agenda' | 'currentItemId'>, itemId: string | null): string | null {
  return sittingInProgress(state) ?? state.agenda.find((item) => item.id === itemId)?.sittingId ?? null;
}
