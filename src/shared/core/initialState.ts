import type { SessionState } from '../protocol';

/** The state before any event: no session loaded. */
export const initialState: SessionState = {
  session: null,
  sittings: [],
  agenda: [],
  currentItemId: null,
  documents: [],
  presentation: null,
  seats: [],
  principals: {},
};
