/** The session model's names as the lobby uses them, from the shared protocol. */
export const COUNCIL_LEVELS = ['province', 'commune'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
export const SESSION_KINDS = ['regular', 'special'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SITTING_PERIODS = ['morning', 'afternoon', 'allDay'] as const;
export type SittingPeriod = (typeof SITTING_PERIODS)[number];
export const SPEECH_KINDS = ['discussion', 'question', 'answer', 'rebuttal', 'pointOfOrder', 'report'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];
export const DEFAULT_SPEECH_LIMITS: Record<SpeechKind, number> = { discussion: 7, question: 1, answer: 3, rebuttal: 3, pointOfOrder: 2, report: 15 };
export const SESSION_STATUSES = ['preparing', 'open', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
