/**
 * The record's HTTP contract: the chain check (`GET /api/record/verify`) and
 * the receipt check (`POST /api/record/receipt`) of the active session. The
 * hub's routes and the console's record section both take their shapes here.
 * A receipt answer says whether and where a ballot was counted, never what it
 * said; for a secret ballot not even whose it was.
 */
import { z } from 'zod';

/** A ballot receipt as a delegate is given it: `XXXX-XXXX` in Crockford's base32 (no I, L, O, U). */
export const RECEIPT_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A receipt as typed or read out: case, spaces and the dash do not matter.
 * Null when it is not a receipt's shape.
 */
export function normalizeReceiptCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (compact.length !== 8) return null;
  const code = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  return RECEIPT_PATTERN.test(code) ? code : null;
}

export const recordCheckSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), events: z.number().int().min(0), finalHash: z.string() }),
  z.strictObject({ ok: z.literal(false), seq: z.number().int().min(0), type: z.string(), kind: z.enum(['missing', 'link', 'content', 'ballots']), reason: z.string() }),
]);
export type RecordCheck = z.infer<typeof recordCheckSchema>;

export const receiptRequestSchema = z.strictObject({ code: z.string().max(64) });

export const receiptFindingSchema = z.discriminatedUnion('found', [
  z.strictObject({ found: z.literal(false) }),
  z.strictObject({
    found: z.literal(true),
    voteTitle: z.string(),
    secret: z.boolean(),
    /** counted: the vote closed with this ballot in its count; open: recorded, the vote still runs; cancelled: the vote was cancelled, nothing counted. */
    outcome: z.enum(['counted', 'open', 'cancelled']),
    /** When the vote closed (counted) or opened (still open); null for a cancelled vote. */
    at: z.number().int().nullable(),
    /** Open votes only: the seat the ballot is recorded for (the named list shows it anyway). */
    seat: z.number().int().optional(),
  }),
]);
export type ReceiptFinding = z.infer<typeof receiptFindingSchema>;
