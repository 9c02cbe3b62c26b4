/**
 * Commands: what a client asks the hub to do. Each is named `noun.verb` and
 * listed in COMMAND_ROLES with the roles allowed to give it.
 */
import { z } from 'zod';
import type { Role } from './roles';
import { sessionSettingsChangesSchema } from './sessionSettings';
import {
  agendaItemChangesSchema,
  agendaKindSchema,
  guestChangesSchema,
  guestRowSchema,
  idSchema,
  notesSchema,
  pageOffsetSchema,
  presenterSchema,
  seatChangesSchema,
  seatNumberSchema,
  seatRowSchema,
  sessionInfoChangesSchema,
  SITTING_PERIODS,
  sittingChangesSchema,
  TEXT_LIMITS,
  titleSchema,
} from './values';
import { helpRequestCommand, helpResolveCommand, noticeAcknowledgeCommand, noticeSendCommand } from './notices';
import { attendanceConfirmCommand, attendanceSetCommand } from './attendance';
import { minutesNoteSetCommand, voteCountingBoardSetCommand } from './minutes';
import {
  speechEndCommand,
  speechGrantCommand,
  speechGrantToCommand,
  speechReorderCommand,
  speechRequestCommand,
  speechWithdrawCommand,
  timerAddCommand,
  timerPauseCommand,
  timerResumeCommand,
} from './floor';
import {
  questionCallGroupCommand,
  questionMarkAnsweredCommand,
  questionMarkWrittenCommand,
  questionRegisterCommand,
  questionWithdrawCommand,
} from './questions';
import { presentationZoomCommand, screenSetModeCommand, screenSetResultHoldCommand } from './screen';
import { majorityRuleSchema, MAX_VOTE_ROWS, quorumSchema, selectionSchema, VOTE_KINDS, voteDurationSchema, voteLabelsSchema } from './voting';

const agendaAdd = z.strictObject({
  type: z.literal('agenda.add'),
  sittingId: idSchema,
  title: titleSchema,
  kind: agendaKindSchema,
  presenter: presenterSchema,
  notes: notesSchema,
  /** Position in the whole agenda; the end when left out. */
  index: z.number().int().min(0).optional(),
});

const agendaUpdate = z.strictObject({
  type: z.literal('agenda.update'),
  itemId: idSchema,
  changes: agendaItemChangesSchema.refine((changes) => Object.keys(changes).length > 0, 'changes must name at least one field'),
});

const agendaMove = z.strictObject({
  type: z.literal('agenda.move'),
  itemId: idSchema,
  toIndex: z.number().int().min(0),
});

const agendaRemove = z.strictObject({
  type: z.literal('agenda.remove'),
  itemId: idSchema,
});

const agendaSetCurrent = z.strictObject({
  type: z.literal('agenda.setCurrent'),
  itemId: idSchema.nullable(),
});

const pairingReissue = z.strictObject({
  type: z.literal('pairing.reissue'),
  principalId: idSchema,
});

const documentUpdate = z.strictObject({
  type: z.literal('document.update'),
  documentId: idSchema,
  title: titleSchema,
  /** Document versions: mark it supplementary (tài liệu bổ sung) or not; left out keeps it. */
  supplementary: z.boolean().optional(),
});

const documentMove = z.strictObject({
  type: z.literal('document.move'),
  documentId: idSchema,
  /** Position among the documents of the same item. */
  toIndex: z.number().int().min(0),
});

const documentRemove = z.strictObject({
  type: z.literal('document.remove'),
  documentId: idSchema,
});

const documentOpen = z.strictObject({
  type: z.literal('document.open'),
  documentId: idSchema,
});

const presentationShow = z.strictObject({
  type: z.literal('presentation.show'),
  documentId: idSchema,
  page: z.number().int().min(1),
  offset: pageOffsetSchema,
});

const presentationStop = z.strictObject({
  type: z.literal('presentation.stop'),
});

const voteCreate = z
  .strictObject({
    type: z.literal('vote.create'),
    itemId: idSchema.nullable(),
    title: titleSchema,
    kind: z.enum(VOTE_KINDS),
    secret: z.boolean(),
    /** Election: the candidates; confidence: the officials. Empty for the other kinds. */
    names: z.array(z.string().trim().min(1).max(TEXT_LIMITS.name)).max(MAX_VOTE_ROWS),
    /** Election: how many candidates a ballot may choose. */
    maxChoices: z.number().int().min(1).max(MAX_VOTE_ROWS),
    rule: majorityRuleSchema,
    quorum: quorumSchema,
    durationSeconds: voteDurationSchema,
    allowChange: z.boolean(),
  })
  // A secret ballot that can be changed, or an open election, is refused by the core with its own code.
  .refine((vote) => !(vote.kind === 'hands' && vote.secret), 'a show of hands is not secret');

const voteRemove = z.strictObject({ type: z.literal('vote.remove'), voteId: idSchema });
const voteOpen = z.strictObject({ type: z.literal('vote.open'), voteId: idSchema });
const voteCast = z.strictObject({
  type: z.literal('vote.cast'),
  voteId: idSchema,
  /** The voter's own seat; a ballot for another seat is refused. */
  seat: z.number().int().min(1),
  /** Chosen by the device; a retry with the same id is the same ballot. */
  ballotId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  selections: z.array(selectionSchema).max(MAX_VOTE_ROWS),
});
const voteEnterCounts = z.strictObject({
  type: z.literal('vote.enterCounts'),
  voteId: idSchema,
  counts: z.strictObject({ for: z.number().int().min(0), against: z.number().int().min(0), abstain: z.number().int().min(0) }),
});
const voteClose = z.strictObject({ type: z.literal('vote.close'), voteId: idSchema });
const votePublish = z.strictObject({ type: z.literal('vote.publish'), voteId: idSchema });
const voteCancel = z.strictObject({ type: z.literal('vote.cancel'), voteId: idSchema, reason: z.string().trim().min(1).max(TEXT_LIMITS.notes) });
const settingsSetVoteLabels = z.strictObject({ type: z.literal('settings.setVoteLabels'), labels: voteLabelsSchema });

/** Rows a roster may hold in all (seats and guests); more is refused with `roster_too_large`. */
export const MAX_ROSTER_ROWS = 2000;
/** Rows the schema reads at most, so that a huge roster is refused by the core with its own code, yet bounded. */
const ROSTER_PARSE_LIMIT = 10_000;

function nonEmpty(changes: object): boolean {
  return Object.keys(changes).length > 0;
}
const NON_EMPTY = 'changes must name at least one field';

const sessionUpdate = z.strictObject({ type: z.literal('session.update'), changes: sessionInfoChangesSchema.refine(nonEmpty, NON_EMPTY) });
const sessionOpen = z.strictObject({ type: z.literal('session.open') });
const sessionEnd = z.strictObject({ type: z.literal('session.end') });
const sittingAdd = z.strictObject({ type: z.literal('sitting.add'), title: titleSchema, date: z.iso.date(), period: z.enum(SITTING_PERIODS) });
const sittingUpdate = z.strictObject({ type: z.literal('sitting.update'), sittingId: idSchema, changes: sittingChangesSchema.refine(nonEmpty, NON_EMPTY) });
const sittingRemove = z.strictObject({ type: z.literal('sitting.remove'), sittingId: idSchema });
const settingsUpdate = z.strictObject({ type: z.literal('settings.update'), changes: sessionSettingsChangesSchema.refine(nonEmpty, NON_EMPTY) });
const rosterImport = z.strictObject({
  type: z.literal('roster.import'),
  seats: z.array(seatRowSchema).max(ROSTER_PARSE_LIMIT),
  guests: z.array(guestRowSchema).max(ROSTER_PARSE_LIMIT),
});
const seatAdd = z.strictObject({ type: z.literal('seat.add'), seat: seatRowSchema });
const seatUpdate = z.strictObject({ type: z.literal('seat.update'), seat: seatNumberSchema, changes: seatChangesSchema.refine(nonEmpty, NON_EMPTY) });
const seatRemove = z.strictObject({ type: z.literal('seat.remove'), seat: seatNumberSchema });
const seatVacate = z.strictObject({
  type: z.literal('seat.vacate'),
  seat: seatNumberSchema,
  /** From when the seat is vacant, in ms since the epoch. */
  at: z.number().int().min(0),
  reason: z.string().trim().max(TEXT_LIMITS.vacancyReason),
});
const guestAdd = z.strictObject({ type: z.literal('guest.add'), guest: guestRowSchema });
const guestUpdate = z.strictObject({ type: z.literal('guest.update'), guestId: idSchema, changes: guestChangesSchema.refine(nonEmpty, NON_EMPTY) });
const guestRemove = z.strictObject({ type: z.literal('guest.remove'), guestId: idSchema });

export const commandSchema = z.discriminatedUnion('type', [
  agendaAdd,
  agendaUpdate,
  agendaMove,
  agendaRemove,
  agendaSetCurrent,
  pairingReissue,
  documentUpdate,
  documentMove,
  documentRemove,
  documentOpen,
  presentationShow,
  presentationStop,
  voteCreate,
  voteRemove,
  voteOpen,
  voteCast,
  voteEnterCounts,
  voteClose,
  votePublish,
  voteCancel,
  settingsSetVoteLabels,
  sessionUpdate,
  sessionOpen,
  sessionEnd,
  sittingAdd,
  sittingUpdate,
  sittingRemove,
  settingsUpdate,
  rosterImport,
  seatAdd,
  seatUpdate,
  seatRemove,
  seatVacate,
  guestAdd,
  guestUpdate,
  guestRemove,
  // Notices and help requests.
  noticeSendCommand,
  noticeAcknowledgeCommand,
  helpRequestCommand,
  helpResolveCommand,
  // Attendance.
  attendanceSetCommand,
  attendanceConfirmCommand,
  // The floor: requests to speak, turns, timers.
  speechRequestCommand,
  speechWithdrawCommand,
  speechReorderCommand,
  speechGrantCommand,
  speechGrantToCommand,
  speechEndCommand,
  timerPauseCommand,
  timerResumeCommand,
  timerAddCommand,
  // Question time.
  questionRegisterCommand,
  questionWithdrawCommand,
  questionCallGroupCommand,
  questionMarkAnsweredCommand,
  questionMarkWrittenCommand,
  // The big screen.
  screenSetModeCommand,
  screenSetResultHoldCommand,
  presentationZoomCommand,
  // The minutes: the secretary's notes and the vote-counting boards.
  minutesNoteSetCommand,
  voteCountingBoardSetCommand,
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Which roles may give each command. A command missing here does not type-check. */
export const COMMAND_ROLES: { readonly [T in CommandType]: readonly Role[] } = {
  'agenda.add': ['secretary'],
  'agenda.update': ['secretary'],
  'agenda.move': ['secretary'],
  'agenda.remove': ['secretary'],
  'agenda.setCurrent': ['secretary', 'chair'],
  'pairing.reissue': ['secretary'],
  'document.update': ['secretary'],
  'document.move': ['secretary'],
  'document.remove': ['secretary'],
  'document.open': ['delegate'],
  'presentation.show': ['secretary', 'chair'],
  'presentation.stop': ['secretary', 'chair'],
  'vote.create': ['secretary'],
  'vote.remove': ['secretary'],
  'vote.open': ['chair'],
  'vote.cast': ['delegate'],
  'vote.enterCounts': ['secretary'],
  'vote.close': ['chair'],
  'vote.publish': ['chair'],
  'vote.cancel': ['chair'],
  'settings.setVoteLabels': ['secretary'],
  'session.update': ['secretary'],
  'session.open': ['secretary', 'chair'],
  'session.end': ['secretary'],
  'sitting.add': ['secretary'],
  'sitting.update': ['secretary'],
  'sitting.remove': ['secretary'],
  'settings.update': ['secretary'],
  'roster.import': ['secretary'],
  'seat.add': ['secretary'],
  'seat.update': ['secretary'],
  'seat.remove': ['secretary'],
  'seat.vacate': ['secretary'],
  'guest.add': ['secretary'],
  'guest.update': ['secretary'],
  'guest.remove': ['secretary'],
  // Notices and help requests.
  'notice.send': ['secretary'],
  'notice.acknowledge': ['delegate', 'guest'],
  'help.request': ['delegate', 'guest'],
  'help.resolve': ['secretary'],
  // Attendance.
  'attendance.set': ['secretary'],
  'attendance.confirm': ['delegate'],
  // The floor: delegates (and guests, for answers when the settings allow) ask; the chair runs it.
  'speech.request': ['delegate', 'guest'],
  'speech.withdraw': ['delegate', 'guest'],
  'speech.reorder': ['chair'],
  'speech.grant': ['chair'],
  'speech.grantTo': ['chair'],
  'speech.end': ['chair'],
  'timer.pause': ['chair'],
  'timer.resume': ['chair'],
  'timer.add': ['chair'],
  // Question time: delegates register and withdraw; the chair calls a group; chair or secretary close questions.
  'question.register': ['delegate'],
  'question.withdraw': ['delegate'],
  'question.callGroup': ['chair'],
  'question.markAnswered': ['chair', 'secretary'],
  'question.markWritten': ['chair', 'secretary'],
  // The big screen: the secretary runs it; the presenter (secretary or chair) zooms.
  'screen.setMode': ['secretary'],
  'screen.setResultHold': ['secretary'],
  'presentation.zoom': ['secretary', 'chair'],
  // The minutes: the secretary keeps the notes; secretary or chair enter the vote-counting board.
  'minutes.noteSet': ['secretary'],
  'vote.countingBoardSet': ['secretary', 'chair'],
};

export const COMMAND_TYPES = Object.keys(COMMAND_ROLES) as CommandType[];

export function isCommandAllowed(role: Role, type: CommandType): boolean {
  return COMMAND_ROLES[type].includes(role);
}
