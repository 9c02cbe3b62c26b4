/**
 * Codes carried by `error` replies. Clients translate the code; the English
 * `message` beside it is for logs and scripts.
 */
export const ERROR_CODES = [
  'bad_json',
  'bad_message',
  'too_large',
  'unsupported_version',
  'unauthorized',
  'no_active_session',
  'revoked',
  'forbidden',
  'seq_ahead',
  'rate_limited',
  'hello_required',
  'not_found',
  'invalid',
  'vote_not_open',
  'invalid_choice',
  'too_many_choices',
  'already_voted',
  'quorum_not_met',
  'not_closed',
  'secret_by_law',
  'storage_failed',
  'internal',
  // The disk refused a write; nothing was stored.
  'storage_full',
  'storage_read_only',
  // The session's lifecycle and roster.
  'session_ended',
  'session_not_open',
  'session_not_preparing',
  'duplicate_seat',
  'unknown_seat',
  'seat_has_ballots',
  'unknown_guest',
  'roster_too_large',
  'unknown_sitting',
  'sitting_has_items',
  // Attendance.
  'no_sitting_in_progress',
  'marked_by_secretary',
  // The floor: requests to speak, turns, timers.
  'already_requested',
  'not_your_request',
  'no_turn',
  'guests_may_not_speak',
  'unknown_request',
  'bad_order',
  // Question time.
  'unknown_question',
  'not_your_question',
  'empty_group',
  'question_closed',
  // The big screen.
  'nothing_presented',
  // The minutes: the vote-counting board of a secret ballot.
  'not_secret_ballot',
  'vote_in_progress',
  // The record: a session opened read-only (a broken chain, a restored archive) takes no command.
  'read_only',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
