/**
 * The settings of a session that DOMAIN.md marks as settings: the quorum share,
 * speech limits, whether a ballot may be changed, and the default passing rule.
 * The vote labels stay in `SessionState.voteLabels`.
 */
import { z } from 'zod';
import { fractionFields, majorityRuleSchema } from './voting';

/** The kinds of speech that have a time limit. */
export const SPEECH_KINDS = ['discussion', 'question', 'answer', 'rebuttal', 'pointOfOrder', 'report'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

const minutesSchema = z.number().int().min(1).max(120);

export const speechLimitsSchema = z.strictObject({
  discussion: minutesSchema,
  question: minutesSchema,
  answer: minutesSchema,
  rebuttal: minutesSchema,
  pointOfOrder: minutesSchema,
  report: minutesSchema,
});
export type SpeechLimits = z.infer<typeof speechLimitsSchema>;

/** The share of seated delegates who must be present for a sitting to proceed. */
export const quorumShareSchema = z
  .strictObject(fractionFields)
  .refine((share) => share.numerator <= share.denominator, 'the fraction must not exceed 1');

export const sessionSettingsSchema = z.strictObject({
  quorum: quorumShareSchema,
  speechLimitsMinutes: speechLimitsSchema,
  /** May a delegate change a submitted ballot until the vote closes (never a secret one). */
  allowBallotChange: z.boolean(),
  /** The rule a new resolution vote starts with. */
  defaultRule: majorityRuleSchema,
  /** May a guest (a department head) request the floor to answer a question. Absent in older logs: false. */
  guestsMayAnswer: z.boolean().default(false),
});
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

/** What `settings.update` may change, each optional. */
export const sessionSettingsChangesSchema = z.strictObject({
  quorum: quorumShareSchema.optional(),
  speechLimitsMinutes: speechLimitsSchema.optional(),
  allowBallotChange: z.boolean().optional(),
  defaultRule: majorityRuleSchema.optional(),
  guestsMayAnswer: z.boolean().optional(),
});
export type SessionSettingsChanges = z.infer<typeof sessionSettingsChangesSchema>;

/** The defaults: 2/3 of seated present, the National Assembly's speech limits, no changed ballots, more than 1/2 of seated. */
export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  quorum: { numerator: 2, denominator: 3 },
  speechLimitsMinutes: { discussion: 7, question: 1, answer: 3, rebuttal: 3, pointOfOrder: 2, report: 15 },
  allowBallotChange: false,
  defaultRule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
  guestsMayAnswer: false,
};
