/**
 * What the secretariat adds to the record for the minutes (biên bản): the
 * secretary's notes per agenda item, typed during the sitting, and the
 * vote-counting board (ban kiểm phiếu) of each secret election or confidence
 * vote, named in its count report. Both are staff only: delegates and the big
 * screen never receive them.
 */
import { z } from 'zod';
import { idSchema, personNameSchema, TEXT_LIMITS } from './values';

/** The longest note on one item, in characters. */
export const MINUTES_NOTE_LIMIT = TEXT_LIMITS.notes;
/** The most members a vote-counting board may have, its head included. */
export const MAX_COUNTING_BOARD_MEMBERS = 15;

export const COUNTING_BOARD_ROLES = ['head', 'member'] as const;
export type CountingBoardRole = (typeof COUNTING_BOARD_ROLES)[number];

export const minutesNoteSchema = z.string().max(MINUTES_NOTE_LIMIT);

export const countingBoardMemberSchema = z.strictObject({
  name: personNameSchema,
  role: z.enum(COUNTING_BOARD_ROLES),
});
export type CountingBoardMember = z.infer<typeof countingBoardMemberSchema>;

export const countingBoardSchema = z.strictObject({
  members: z.array(countingBoardMemberSchema).max(MAX_COUNTING_BOARD_MEMBERS),
});
export type CountingBoard = z.infer<typeof countingBoardSchema>;

/** Per agenda item id: the secretary's notes for the minutes. */
export const minutesNotesSchema = z.record(idSchema, minutesNoteSchema);
/** Per vote id: its vote-counting board. */
export const countingBoardsSchema = z.record(idSchema, countingBoardSchema);

// Commands.
/** The secretary's notes on an item, replacing the previous text; an empty text clears them. */
export const minutesNoteSetCommand = z.strictObject({
  type: z.literal('minutes.noteSet'),
  itemId: idSchema,
  text: minutesNoteSchema,
});
/** The vote-counting board of a secret election or confidence vote, replacing the previous one. */
export const voteCountingBoardSetCommand = z.strictObject({
  type: z.literal('vote.countingBoardSet'),
  voteId: idSchema,
  members: z.array(countingBoardMemberSchema).max(MAX_COUNTING_BOARD_MEMBERS),
});

// Events.
export const minutesNoteSetEvent = z.strictObject({
  type: z.literal('minutes.noteSet'),
  itemId: idSchema,
  text: minutesNoteSchema,
});
export const voteCountingBoardSetEvent = z.strictObject({
  type: z.literal('vote.countingBoardSet'),
  voteId: idSchema,
  members: z.array(countingBoardMemberSchema).max(MAX_COUNTING_BOARD_MEMBERS),
});
