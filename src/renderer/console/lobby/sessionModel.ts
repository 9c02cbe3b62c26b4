/** The session model's names as the lobby uses them, from the shared protocol. */
export { COUNCIL_LEVELS, DEFAULT_SESSION_SETTINGS, SESSION_KINDS, SESSION_STATUSES, SITTING_PERIODS, SPEECH_KINDS } from '../../../shared/protocol';
export type { CouncilLevel, SessionKind, SessionStatus, SittingPeriod, SpeechKind } from '../../../shared/protocol';
