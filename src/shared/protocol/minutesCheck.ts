/**
 * The minutes check's HTTP contract (`POST /api/record/minutes-check`, the file as
 * the body): whether a minutes file (DOCX or PDF) matches the active session's
 * record. A file that could be read and compared is answered 200 with the outcome;
 * a body that is no minutes file, or one of another session, is a refusal
 * `{error, message}`.
 */
import { z } from 'zod';

/** The largest file the check accepts: a long session's PDF minutes are a few MB. */
export const MINUTES_CHECK_MAX_BYTES = 50 * 1024 * 1024;

/** Why a readable minutes file of this session does not match its record. */
export const MINUTES_MISMATCH_CODES = ['differs', 'hash_mismatch', 'too_few_events', 'broken_record', 'cannot_rebuild'] as const;

export const minutesCheckAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    kind: z.enum(['docx', 'pdf']),
    /** How many events of the record the file was made from, and the last one's hash. */
    events: z.number().int().min(0),
    finalHash: z.string(),
    words: z.number().int().min(0),
  }),
  z.strictObject({
    ok: z.literal(false),
    code: z.enum(MINUTES_MISMATCH_CODES),
    message: z.string(),
    /** For `differs`: the first word where file and record part ('' where one has ended). */
    difference: z.strictObject({ word: z.number().int().min(1), fileSays: z.string(), recordSays: z.string(), context: z.string() }).optional(),
  }),
]);
export type MinutesCheckAnswer = z.infer<typeof minutesCheckAnswerSchema>;
