import type { SessionState } from '../protocol';
import { DEFAULT_SCREEN_STATE, DEFAULT_SESSION_SETTINGS, EMPTY_FLOOR } from '../protocol';
import { DEFAULT_VOTE_LABELS } from './voting/voteLayout';

/** The state before any event: no session loaded. */
export const initialState: SessionState = {
  session: null,
  sittings: [],
  agenda: [],
  currentItemId: null,
  documents: [],
  presentation: null,
  votes: [],
  voteLabels: DEFAULT_VOTE_LABELS,
  seats: [],
  guests: [],
  settings: DEFAULT_SESSION_SETTINGS,
  principals: {},
  retiredGenerations: {},
  // Notices and help requests.
  notices: [],
  helpRequests: [],
  // Attendance.
  attendance: {},
  floor: EMPTY_FLOOR,
  questions: [],
  // The big screen.
  screen: DEFAULT_SCREEN_STATE,
  // The minutes.
  minutesNotes: {},
  countingBoards: {},
};
