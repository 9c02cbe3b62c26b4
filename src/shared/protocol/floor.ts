/**
 * The floor: requests to speak (đăng ký phát biểu), the queue in the chair's
 * order, the turn in progress with its timer, and the turns already ended.
 * A timer is hub state on the hub's clock: every device computes the time left
 * from the same start time and its own estimate of the hub's clock, so the hub
 * never broadcasts ticks.
 */
import { z } from 'zod';
import { SPEECH_KINDS } from './sessionSettings';
import { idSchema, personNameSchema, seatNumberSchema } from './values';

export const speechKindSchema = z.enum(SPEECH_KINDS);

/** Hub time, in ms since the epoch. */
const hubTimeSchema = z.number().int().min(0);

export const speechRequestSchema = z.strictObject({
  id: idSchema,
  principalId: idSchema,
  /** The requester's seat; null for a guest. */
  seat: seatNumberSchema.nullable(),
  kind: speechKindSchema,
  /** The current agenda item when the request was made. */
  itemId: idSchema.nullable(),
  requestedAt: hubTimeSchema,
  /** The question a question or rebuttal belongs to (question time). */
  questionId: idSchema.nullable(),
});
export type SpeechRequest = z.infer<typeof speechRequestSchema>;

/**
 * A speaker's countdown. Time spoken = (pausedAt ?? now) − startedAt − pausedMs;
 * time left = limitMs + addedMs − time spoken (negative: the overrun).
 */
export const timerSchema = z.strictObject({
  startedAt: hubTimeSchema,
  limitMs: z.number().int().min(0),
  /** Time the chair added. */
  addedMs: z.number().int().min(0),
  /** When the timer was paused; null while it runs. */
  pausedAt: hubTimeSchema.nullable(),
  /** The total of the finished pauses. */
  pausedMs: z.number().int().min(0),
});
export type SpeechTimer = z.infer<typeof timerSchema>;

export const turnSchema = z.strictObject({
  id: idSchema,
  /** The speaker's principal; null for a presenter or answerer without a device. */
  principalId: idSchema.nullable(),
  name: z.string().max(200),
  seat: seatNumberSchema.nullable(),
  kind: speechKindSchema,
  itemId: idSchema.nullable(),
  /** The request the turn was granted from; null for `speech.grantTo`. */
  requestId: idSchema.nullable(),
  questionId: idSchema.nullable(),
  timer: timerSchema,
  endedAt: hubTimeSchema.nullable(),
});
export type Turn = z.infer<typeof turnSchema>;

export const floorStateSchema = z.strictObject({
  /** Waiting requests, in the chair's order. */
  queue: z.array(speechRequestSchema),
  /** The turn in progress, or null. */
  turn: turnSchema.nullable(),
  /** Ended turns, in the order they ended. */
  turns: z.array(turnSchema),
});
export type FloorState = z.infer<typeof floorStateSchema>;

/** The most requests a queue may hold; a reorder lists at most this many ids. */
export const MAX_QUEUE_LENGTH = 2000;
/** The most a single `timer.add` may add or take, in seconds. */
export const MAX_TIMER_ADD_SECONDS = 3600;

// Commands.
export const speechRequestCommand = z.strictObject({ type: z.literal('speech.request'), kind: speechKindSchema });
export const speechWithdrawCommand = z.strictObject({ type: z.literal('speech.withdraw'), requestId: idSchema });
export const speechReorderCommand = z.strictObject({
  type: z.literal('speech.reorder'),
  /** Exactly the queue's ids, in the new order. */
  requestIds: z.array(idSchema).max(MAX_QUEUE_LENGTH),
});
export const speechGrantCommand = z.strictObject({ type: z.literal('speech.grant'), requestId: idSchema });
/** The floor for someone not in the queue: a presenter, an answerer (who may have no device). */
export const speechGrantToCommand = z.strictObject({
  type: z.literal('speech.grantTo'),
  name: personNameSchema,
  kind: speechKindSchema,
  principalId: idSchema.optional(),
  questionId: idSchema.optional(),
});
export const speechEndCommand = z.strictObject({ type: z.literal('speech.end') });
export const timerPauseCommand = z.strictObject({ type: z.literal('timer.pause') });
export const timerResumeCommand = z.strictObject({ type: z.literal('timer.resume') });
export const timerAddCommand = z.strictObject({
  type: z.literal('timer.add'),
  seconds: z.number().int().min(1).max(MAX_TIMER_ADD_SECONDS),
});

// Events.
export const speechRequestedEvent = z.strictObject({ type: z.literal('speech.requested'), request: speechRequestSchema });
export const speechWithdrawnEvent = z.strictObject({ type: z.literal('speech.withdrawn'), requestId: idSchema, at: hubTimeSchema });
export const speechReorderedEvent = z.strictObject({ type: z.literal('speech.reordered'), requestIds: z.array(idSchema) });
/** The turn starts now (`turn.timer.startedAt`); its request, if any, leaves the queue. */
export const speechGrantedEvent = z.strictObject({ type: z.literal('speech.granted'), turn: turnSchema });
/** The turn ended at `at`, after `spokenMs` of speaking (pauses left out). */
export const speechEndedEvent = z.strictObject({
  type: z.literal('speech.ended'),
  turnId: idSchema,
  at: hubTimeSchema,
  spokenMs: z.number().int().min(0),
});
export const timerPausedEvent = z.strictObject({ type: z.literal('timer.paused'), turnId: idSchema, at: hubTimeSchema });
export const timerResumedEvent = z.strictObject({ type: z.literal('timer.resumed'), turnId: idSchema, at: hubTimeSchema });
export const timerAddedEvent = z.strictObject({ type: z.literal('timer.added'), turnId: idSchema, addedMs: z.number().int().min(1), at: hubTimeSchema });

export const EMPTY_FLOOR: FloorState = { queue: [], turn: null, turns: [] };
