/**
 * How the big screen's events change the state. A zoom belongs to the page it
 * was chosen on: showing another page or document, or stopping, ends it; a
 * scroll on the same page keeps it.
 */
import type { EventOf, SessionState } from '../../protocol';

export function screenModeSet(state: SessionState, event: EventOf<'screen.modeSet'>): SessionState {
  return { ...state, screen: { ...state.screen, mode: event.mode } };
}

export function screenResultHoldSet(state: SessionState, event: EventOf<'screen.resultHoldSet'>): SessionState {
  return { ...state, screen: { ...state.screen, resultHoldSeconds: event.seconds } };
}

export function presentationZoomed(state: SessionState, event: EventOf<'presentation.zoomed'>): SessionState {
  // A zoom that arrives when nothing is presented (replayed out of order) has no page to apply to.
  if (state.presentation === null && event.region !== null) return state;
  return { ...state, screen: { ...state.screen, zoom: event.region } };
}

/** The state after the presenter shows a page: the zoom stays only on the same page of the same document. */
export function presentationShown(state: SessionState, event: EventOf<'presentation.shown'>): SessionState {
  const before = state.presentation;
  const samePage = before !== null && before.documentId === event.presentation.documentId && before.page === event.presentation.page;
  const zoom = samePage ? state.screen.zoom : null;
  return { ...state, presentation: event.presentation, screen: zoom === state.screen.zoom ? state.screen : { ...state.screen, zoom } };
}

export function presentationStopped(state: SessionState): SessionState {
  return { ...state, presentation: null, screen: state.screen.zoom === null ? state.screen : { ...state.screen, zoom: null } };
}
