/** The shape of the session state, as held by the hub and sent to clients in snapshots. */
import { z } from 'zod';
import { helpRequestSchema, noticeSchema } from './notices';
import { attendanceSchema } from './attendance';
import { floorStateSchema } from './floor';
import { questionSchema } from './questions';
import { DEFAULT_SCREEN_STATE, screenStateSchema } from './screen';
import { sessionSettingsSchema } from './sessionSettings';
import { voteInfoSchema, voteLabelsSchema } from './voting';
import { countingBoardsSchema, minutesNotesSchema } from './minutes';
import { agendaItemSchema, documentInfoSchema, guestSchema, idSchema, presentationSchema, principalSchema, seatSchema, sessionInfoSchema, sittingSchema } from './values';

export const sessionStateSchema = z.strictObject({
  session: sessionInfoSchema.nullable(),
  sittings: z.array(sittingSchema),
  /** Agenda items in session order. */
  agenda: z.array(agendaItemSchema),
  currentItemId: idSchema.nullable(),
  /** Documents in order: an item's documents are in the order they appear here. */
  documents: z.array(documentInfoSchema),
  /** The page the presenter shows, or null when nothing is presented. */
  presentation: presentationSchema.nullable(),
  votes: z.array(voteInfoSchema),
  /** The answers a resolution offers in this session (Tán thành… or Đồng ý…). */
  voteLabels: voteLabelsSchema,
  /** Every seat, vacant ones included (see `vacantFrom`). */
  seats: z.array(seatSchema),
  /** Guests (khách mời): never seated, present or counted. */
  guests: z.array(guestSchema),
  settings: sessionSettingsSchema,
  /** Who holds a token. Only staff see this; other roles get an empty record. */
  principals: z.record(idSchema, principalSchema),
  /**
   * The last link generation of every delegate or guest principal taken off the
   * roster, so that someone added later in the same place gets a newer one and
   * the old card stays dead. Staff only, like `principals`; older snapshots lack it.
   */
  retiredGenerations: z.record(idSchema, z.number().int().min(1)).default({}),
  // Notices and help requests (older snapshots lack them).
  /** Notices in the order they were sent; a delegate sees those for them that they have not acknowledged. */
  notices: z.array(noticeSchema).default([]),
  /** Help requests and notes to the secretariat, oldest first. Staff only. */
  helpRequests: z.array(helpRequestSchema).default([]),
  // Attendance.
  /** Per sitting, per seat: the roll. */
  attendance: attendanceSchema.default({}),
  /** Requests to speak, the turn in progress and the ended turns. */
  floor: floorStateSchema,
  /** Question time: every registered question, in registration order. */
  questions: z.array(questionSchema),
  // The big screen.
  /** The big screen's mode, result hold time and zoom; absent in older logs: auto. */
  screen: screenStateSchema.default(DEFAULT_SCREEN_STATE),
  // The minutes (staff only; absent in older logs).
  /** Per agenda item: the secretary's notes for the minutes. */
  minutesNotes: minutesNotesSchema.default({}),
  /** Per secret election or confidence vote: its vote-counting board (ban kiểm phiếu). */
  countingBoards: countingBoardsSchema.default({}),
});
export type SessionState = z.infer<typeof sessionStateSchema>;
