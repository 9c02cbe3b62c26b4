/** Schemas of votes: their settings, ballots and tallies. */
import { z } from 'zod';
import { idSchema, TEXT_LIMITS, titleSchema } from './values';

export const VOTE_KINDS = ['resolution', 'election', 'confidence', 'hands'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

/** The three answers on a resolution (and a show of hands): Tán thành, Không tán thành, Không biểu quyết. */
export const RESOLUTION_OPTIONS = ['for', 'against', 'abstain'] as const;
/** The three answers per official in a confidence vote: Tín nhiệm cao, Tín nhiệm, Tín nhiệm thấp. */
export const CONFIDENCE_OPTIONS = ['high', 'confidence', 'low'] as const;
/** The row id of a resolution's single question. */
export const MOTION_ROW = 'motion';
/** The option id of a chosen candidate. */
export const ELECTED_OPTION = 'yes';

export const MAX_VOTE_ROWS = 100;
/** The shortest and longest time limit a vote may have, in seconds. */
export const VOTE_DURATION_SECONDS = { min: 10, max: 3600 } as const;
/** A vote's time limit: whole seconds within the bounds, or none. */
export const voteDurationSchema = z.number().int().min(VOTE_DURATION_SECONDS.min).max(VOTE_DURATION_SECONDS.max).nullable();

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

/** What the secretary fixes when preparing a vote; it never changes afterwards. */
const voteSettingsFields = {
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
  durationSeconds: voteDurationSchema,
  allowChange: z.boolean(),
};

/** What the hub recorded when the vote opened: the bases of the result. */
const openingFields = {
  openedAt: z.number().int(),
  /** Seated delegates (vacant seats excluded) when the vote opened. */
  seated: z.number().int().min(0),
  /** Seated delegates present when the vote opened. */
  present: z.number().int().min(0),
  quorumMet: z.boolean(),
};

/** Open votes: who voted what; staff only, and never for a secret ballot. */
const namedListSchema = z.array(namedBallotSchema).nullable();

/** Prepared by the secretary, not yet opened. */
export const createdVoteSchema = z.strictObject({ status: z.literal('created'), ...voteSettingsFields });

export const openVoteSchema = z.strictObject({
  status: z.literal('open'),
  ...voteSettingsFields,
  ...openingFields,
  /** A show of hands: the counts the secretary entered so far (staff only). Always null for ballots. */
  handsCount: tallySchema.nullable(),
});

export const closedVoteSchema = z.strictObject({
  status: z.literal('closed'),
  ...voteSettingsFields,
  ...openingFields,
  closedAt: z.number().int(),
  /** Staff see it from the close; null for delegates and the screen until it is published. */
  tally: tallySchema.nullable(),
  named: namedListSchema,
});

export const publishedVoteSchema = z.strictObject({
  status: z.literal('published'),
  ...voteSettingsFields,
  ...openingFields,
  closedAt: z.number().int(),
  /** When the result was published (hub clock); absent for votes published before it was recorded. */
  publishedAt: z.number().int().optional(),
  tally: tallySchema,
  named: namedListSchema,
});

/** Cancelled while open or closed: nothing of its ballots counts, and nobody sees a result. */
export const cancelledVoteSchema = z.strictObject({
  status: z.literal('cancelled'),
  ...voteSettingsFields,
  ...openingFields,
  cancelReason: z.string().max(TEXT_LIMITS.notes),
});

/** Elections and confidence votes are secret ballots by law: never open, never changeable. */
export function isSecretByLaw(kind: VoteKind): boolean {
  return kind === 'election' || kind === 'confidence';
}

/**
 * A vote, one shape per status, so that an impossible vote (a tally before the
 * close, a result without its bases, a named list of a secret ballot) cannot be
 * built. That elections are secret is checked where votes are created (the
 * core), so that a log written before that check still replays.
 */
export const voteInfoSchema = z
  .discriminatedUnion('status', [createdVoteSchema, openVoteSchema, closedVoteSchema, publishedVoteSchema, cancelledVoteSchema])
  .superRefine((vote, issues) => {
    if (vote.secret && vote.allowChange) issues.addIssue({ code: 'custom', path: ['allowChange'], message: 'a secret ballot cannot be changed' });
    if (vote.status === 'open' && vote.kind !== 'hands' && vote.handsCount !== null) issues.addIssue({ code: 'custom', path: ['handsCount'], message: 'only a show of hands has entered counts' });
    if ((vote.status === 'closed' || vote.status === 'published') && vote.secret && vote.named !== null) issues.addIssue({ code: 'custom', path: ['named'], message: 'a secret ballot has no named list' });
  });
export type VoteInfo = z.infer<typeof voteInfoSchema>;
export type CreatedVote = z.infer<typeof createdVoteSchema>;
export type OpenVote = z.infer<typeof openVoteSchema>;
export type ClosedVote = z.infer<typeof closedVoteSchema>;
export type PublishedVote = z.infer<typeof publishedVoteSchema>;
/** A vote with a tally: closed or published. */
export type CountedVote = ClosedVote | PublishedVote;
export type CancelledVote = z.infer<typeof cancelledVoteSchema>;
/** A vote that was opened: its bases are known. */
export type OpenedVote = Exclude<VoteInfo, CreatedVote>;
/** The settings every vote carries whatever its status. */
export type VoteSettings = Omit<CreatedVote, 'status'>;
