/**
 * Notices (thông báo) from the secretariat to the iPads, and help requests and
 * notes (yêu cầu hỗ trợ, ghi chú) from the iPads to the secretariat: their
 * values, commands and events. Help requests and acknowledgements are staff
 * only; a delegate sees the notices sent to everyone or to their own seat.
 */
import { z } from 'zod';
import { idSchema, seatNumberSchema } from './values';

export const NOTICE_LIMITS = {
  /** Characters in a notice: a few sentences ("Tài liệu bổ sung cho nội dung 5…"). */
  noticeText: 1000,
  /** Characters in a help request's or a note's text. */
  helpText: 500,
  /** Help requests and notes one principal may send in `helpWindowMs`; more are refused with `rate_limited`. */
  helpPerWindow: 5,
  helpWindowMs: 60_000,
} as const;

export const HELP_KINDS = ['technical', 'note'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const noticeTextSchema = z.string().trim().min(1).max(NOTICE_LIMITS.noticeText);
const helpTextSchema = z.string().trim().max(NOTICE_LIMITS.helpText);
const timeSchema = z.number().int().min(0);

export const noticeSchema = z.strictObject({
  id: idSchema,
  text: noticeTextSchema,
  /** The one seat it is for; null: every iPad (delegates and guests). */
  seat: seatNumberSchema.nullable(),
  sentAt: timeSchema,
  /** Principal ids of those who tapped "Đã nhận". Staff see all; a delegate at most their own. */
  acknowledgedBy: z.array(idSchema),
});
export type Notice = z.infer<typeof noticeSchema>;

export const helpRequestSchema = z.strictObject({
  id: idSchema,
  principalId: idSchema,
  /** The sender's seat; null for a guest. */
  seat: seatNumberSchema.nullable(),
  kind: z.enum(HELP_KINDS),
  /** Empty for a bare technical request; a note always has text. */
  text: helpTextSchema,
  at: timeSchema,
  resolvedAt: timeSchema.nullable(),
});
export type HelpRequest = z.infer<typeof helpRequestSchema>;

// Commands.
export const noticeSendCommand = z.strictObject({
  type: z.literal('notice.send'),
  text: noticeTextSchema,
  /** Left out or null: every iPad. */
  seat: seatNumberSchema.nullable().optional(),
});
export const noticeAcknowledgeCommand = z.strictObject({ type: z.literal('notice.acknowledge'), noticeId: idSchema });
export const helpRequestCommand = z
  .strictObject({ type: z.literal('help.request'), kind: z.enum(HELP_KINDS), text: helpTextSchema.optional() })
  .refine((command) => command.kind !== 'note' || (command.text ?? '').length > 0, 'a note needs its text');
export const helpResolveCommand = z.strictObject({ type: z.literal('help.resolve'), requestId: idSchema });

// Events.
export const noticeSentEvent = z.strictObject({ type: z.literal('notice.sent'), notice: noticeSchema });
export const noticeAcknowledgedEvent = z.strictObject({
  type: z.literal('notice.acknowledged'),
  noticeId: idSchema,
  principalId: idSchema,
  at: timeSchema,
});
export const helpRequestedEvent = z.strictObject({ type: z.literal('help.requested'), request: helpRequestSchema });
export const helpResolvedEvent = z.strictObject({
  type: z.literal('help.resolved'),
  requestId: idSchema,
  at: timeSchema,
  /** Who marked it "Đã xử lý". */
  principalId: idSchema,
});
