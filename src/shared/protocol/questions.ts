/**
 * Question time (chất vấn và trả lời chất vấn): delegates register questions
 * with the text, whom they are addressed to and a topic; the chair calls a
 * topic's group, whose askers then speak first; the answerer replies in an
 * `answer` turn; the asker may rebut first; what was not reached is answered
 * in writing (trả lời bằng văn bản).
 */
import { z } from 'zod';
import { speechRequestSchema } from './floor';
import { idSchema, seatNumberSchema } from './values';

export const QUESTION_STATUSES = ['registered', 'called', 'answered', 'writtenAnswer', 'withdrawn'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const QUESTION_LIMITS = { text: 1000, addressee: 200, topic: 200 } as const;
/** The most questions a session holds, withdrawn ones included. */
export const MAX_QUESTIONS = 2000;
/** The most questions one delegate may have registered (withdrawn ones left out). */
export const MAX_QUESTIONS_PER_DELEGATE = 20;

/** Hub time, in ms since the epoch. */
const hubTimeSchema = z.number().int().min(0);

export const questionTextSchema = z.string().trim().min(1).max(QUESTION_LIMITS.text);
export const questionAddresseeSchema = z.string().trim().min(1).max(QUESTION_LIMITS.addressee);
export const questionTopicSchema = z.string().trim().min(1).max(QUESTION_LIMITS.topic);

export const questionSchema = z.strictObject({
  id: idSchema,
  askerPrincipalId: idSchema,
  askerSeat: seatNumberSchema,
  text: questionTextSchema,
  /** The person or body the question is addressed to, e.g. "Giám đốc Sở Tài chính". */
  addressee: questionAddresseeSchema,
  /** The group the chair calls it in. */
  topic: questionTopicSchema,
  /** The current agenda item when it was registered. */
  itemId: idSchema.nullable(),
  status: z.enum(QUESTION_STATUSES),
  registeredAt: hubTimeSchema,
});
export type Question = z.infer<typeof questionSchema>;

const questionIdsSchema = z.array(idSchema).min(1).max(MAX_QUESTIONS);

// Commands.
export const questionRegisterCommand = z.strictObject({
  type: z.literal('question.register'),
  text: questionTextSchema,
  addressee: questionAddresseeSchema,
  topic: questionTopicSchema,
});
export const questionWithdrawCommand = z.strictObject({ type: z.literal('question.withdraw'), questionId: idSchema });
export const questionCallGroupCommand = z.strictObject({ type: z.literal('question.callGroup'), topic: questionTopicSchema });
export const questionMarkAnsweredCommand = z.strictObject({ type: z.literal('question.markAnswered'), questionIds: questionIdsSchema });
export const questionMarkWrittenCommand = z.strictObject({ type: z.literal('question.markWritten'), questionIds: questionIdsSchema });

// Events.
export const questionRegisteredEvent = z.strictObject({ type: z.literal('question.registered'), question: questionSchema });
export const questionWithdrawnEvent = z.strictObject({ type: z.literal('question.withdrawn'), questionId: idSchema, at: hubTimeSchema });
/**
 * The chair called a topic's group: its questions are `called`, and their
 * askers' `question` requests join the queue at its head, in registration order.
 */
export const questionGroupCalledEvent = z.strictObject({
  type: z.literal('question.groupCalled'),
  topic: questionTopicSchema,
  questionIds: z.array(idSchema),
  requests: z.array(speechRequestSchema),
  at: hubTimeSchema,
});
export const questionAnsweredEvent = z.strictObject({ type: z.literal('question.answered'), questionIds: z.array(idSchema), at: hubTimeSchema });
/** Trả lời bằng văn bản: not reached, to be answered in writing. */
export const questionMarkedWrittenEvent = z.strictObject({ type: z.literal('question.markedWritten'), questionIds: z.array(idSchema), at: hubTimeSchema });
