/** Schemas of votes: their settings, ballots and tallies. */
import { z } from 'zod';
import { idSchema, TEXT_LIMITS, titleSchema } from './values';

export const VOTE_KINDS = ['resolution', 'election', 'confidence', 'hands'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const VOTE_STATUSES = ['created', 'open', 'closed', 'published', 'cancelled'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** The three answers on a resolution (and a show of hands): Tán thành, Không tán thành, Không biểu quyết. */
export const RESOLUTION_OPTIONS = ['for', 'against', 'abstain'] as const;
/** The three answers per official in a confidence vote: Tín nhiệm cao, Tín nhiệm, Tín nhiệm thấp. */
export const CONFIDENCE_OPTIONS = ['high', 'confidence', 'low'] as const;
/** The row id of a resolution's single question. */
export const MOTION_ROW = 'motion';
/** The option id of a chosen candidate. */
export const ELECTED_OPTION = 'yes';

export const MAX_VOTE_ROWS = 100;
export const MAX_SEATS_PER_VOTE = 5000;

const labelSchema = z.string().trim().min(1).max(TEXT_LIMITS.name);

export const voteLabelsSchema = z.strictObject({ for: labelSchema, against: labelSchema, abstain: labelSchema });
export type VoteLabels = z.infer<typeof voteLabelsSchema>;

export const fractionFields = {
  numerator: z.number().int().min(1).max(100),
  denominator: z.number().int().min(1).max(100),
};

/** A passing rule: more than / at least a fraction of a base. */
export const majorityRuleSchema = z
  .strictObject({
    ...fractionFields,
    comparison: z.enum(['more_than', 'at_least']),
    base: z.enum(['seated', 'present', 'cast']),
  })
  .refine((rule) => rule.numerator <= rule.denominator, 'the fraction must not exceed 1');
export type MajorityRule = z.infer<typeof majorityRuleSchema>;

/** How many seated delegates must be present to open a vote, and what a shortfall does. */
export const quorumSchema = z
  .strictObject({ ...fractionFields, mode: z.enum(['off', 'warn', 'block']) })
  .refine((quorum) => quorum.numerator <= quorum.denominator, 'the fraction must not exceed 1');
export type Quorum = z.infer<typeof quorumSchema>;

export const voteRowSchema = z.strictObject({ id: idSchema, label: labelSchema });
export const voteOptionSchema = z.strictObject({ id: idSchema, label: labelSchema });

/** Counts per row and option, and how many delegates took part. */
export const tallySchema = z.strictObject({
  participants: z.number().int().min(0),
  counts: z.record(idSchema, z.record(idSchema, z.number().int().min(0))),
});
export type Tally = z.infer<typeof tallySchema>;

export const selectionSchema = z.strictObject({ row: idSchema, option: idSchema });
export type Selection = z.infer<typeof selectionSchema>;

/** One delegate's ballot in an open (named) vote. */
export const namedBallotSchema = z.strictObject({ seat: z.number().int().min(1), selections: z.array(selectionSchema) });
export type NamedBallot = z.infer<typeof namedBallotSchema>;

export const voteInfoSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema.nullable(),
  title: titleSchema,
  kind: z.enum(VOTE_KINDS),
  secret: z.boolean(),
  /** Resolution: the one question; election: the candidates; confidence: the officials. */
  rows: z.array(voteRowSchema).min(1).max(MAX_VOTE_ROWS),
  options: z.array(voteOptionSchema).min(1),
  /** Election: at most this many candidates per ballot. */
  maxChoices: z.number().int().min(1),
  rule: majorityRuleSchema,
  quorum: quorumSchema,
  durationSeconds: z.number().int().min(10).max(3600).nullable(),
  allowChange: z.boolean(),
  status: z.enum(VOTE_STATUSES),
  openedAt: z.number().int().nullable(),
  closedAt: z.number().int().nullable(),
  /** Seated delegates, and those present, when the vote opened: the bases of the result. */
  seated: z.number().int().min(0).nullable(),
  present: z.number().int().min(0).nullable(),
  quorumMet: z.boolean().nullable(),
  /** Staff see it from the close; everyone once published. */
  tally: tallySchema.nullable(),
  /** Open votes: who voted what. Staff only. */
  named: z.array(namedBallotSchema).nullable(),
  cancelReason: z.string().max(TEXT_LIMITS.notes).nullable(),
});
export type VoteInfo = z.infer<typeof voteInfoSchema>;
