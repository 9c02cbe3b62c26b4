/**
 * Events: what happened, as stored in the log and sent to clients. Past tense,
 * `noun.verbed`. The shared `apply` folds them into the session state.
 */
import { z } from 'zod';
import { attendanceConfirmedEvent, attendanceDeviceSeenEvent, attendanceSetEvent } from './attendance';
import {
  speechEndedEvent,
  speechGrantedEvent,
  speechReorderedEvent,
  speechRequestedEvent,
  speechWithdrawnEvent,
  timerAddedEvent,
  timerPausedEvent,
  timerResumedEvent,
} from './floor';
import {
  questionAnsweredEvent,
  questionGroupCalledEvent,
  questionMarkedWrittenEvent,
  questionRegisteredEvent,
  questionWithdrawnEvent,
} from './questions';
import { presentationZoomedEvent, screenModeSetEvent, screenResultHoldSetEvent } from './screen';
import { minutesNoteSetEvent, voteCountingBoardSetEvent } from './minutes';
import { createdVoteSchema, namedBallotSchema, tallySchema, voteLabelsSchema } from './voting';
import { helpRequestedEvent, helpResolvedEvent, noticeAcknowledgedEvent, noticeSentEvent } from './notices';
import { sessionSettingsSchema } from './sessionSettings';
// Document versions.
import { documentReplacedEvent } from './documentVersions';
import {
  agendaItemChangesSchema,
  agendaItemSchema,
  documentInfoSchema,
  guestChangesSchema,
  guestSchema,
  idSchema,
  presentationSchema,
  principalSchema,
  seatChangesSchema,
  seatNumberSchema,
  seatSchema,
  sessionInfoChangesSchema,
  sittingChangesSchema,
  sittingSchema,
  storedSessionInfoSchema,
  storedSittingSchema,
  TEXT_LIMITS,
  titleSchema,
} from './values';

/**
 * The first event of a session. Logs written before sessions had a lifecycle lack the
 * session's term fields, the sittings' periods, guests and settings: those are optional
 * here and `apply` fills the defaults (termId = the session id, status open).
 */
const sessionCreated = z.strictObject({
  type: z.literal('session.created'),
  session: storedSessionInfoSchema,
  sittings: z.array(storedSittingSchema),
  seats: z.array(seatSchema),
  agenda: z.array(agendaItemSchema),
  principals: z.array(principalSchema),
  /** Link generations of principals the previous session of the term had taken off its roster. */
  retiredGenerations: z.record(idSchema, z.number().int().min(1)).optional(),
  guests: z.array(guestSchema).optional(),
  settings: sessionSettingsSchema.optional(),
  /** Carried over from a previous session; the default labels when absent. */
  voteLabels: voteLabelsSchema.optional(),
});

const sessionUpdated = z.strictObject({ type: z.literal('session.updated'), changes: sessionInfoChangesSchema });
const sessionOpened = z.strictObject({ type: z.literal('session.opened'), at: z.number().int().min(0) });
const sessionEnded = z.strictObject({ type: z.literal('session.ended'), at: z.number().int().min(0) });
const sittingAdded = z.strictObject({ type: z.literal('sitting.added'), sitting: sittingSchema });
const sittingUpdated = z.strictObject({ type: z.literal('sitting.updated'), sittingId: idSchema, changes: sittingChangesSchema });
const sittingRemoved = z.strictObject({ type: z.literal('sitting.removed'), sittingId: idSchema });
/** The whole settings after the change. */
const settingsUpdated = z.strictObject({ type: z.literal('settings.updated'), settings: sessionSettingsSchema });
/** Replaces every seat and guest; `principals` are the delegates' and guests' (staff principals stay); empty for delegates and the screen. */
const rosterImported = z.strictObject({
  type: z.literal('roster.imported'),
  seats: z.array(seatSchema),
  guests: z.array(guestSchema),
  principals: z.array(principalSchema),
});
/** `principal` is pairing data: staff only, absent for delegates and the screen. */
const seatAdded = z.strictObject({ type: z.literal('seat.added'), seat: seatSchema, principal: principalSchema.optional() });
const seatUpdated = z.strictObject({ type: z.literal('seat.updated'), seat: seatNumberSchema, changes: seatChangesSchema });
const seatRemoved = z.strictObject({ type: z.literal('seat.removed'), seat: seatNumberSchema });
/** The seat leaves the seated count from `at`; its link is revoked (the principal's new generation). */
const seatVacated = z.strictObject({
  type: z.literal('seat.vacated'),
  seat: seatNumberSchema,
  at: z.number().int().min(0),
  reason: z.string().max(TEXT_LIMITS.vacancyReason),
  generation: z.number().int().min(1),
});
/** `principal` is pairing data: staff only, absent for delegates and the screen. */
const guestAdded = z.strictObject({ type: z.literal('guest.added'), guest: guestSchema, principal: principalSchema.optional() });
const guestUpdated = z.strictObject({ type: z.literal('guest.updated'), guestId: idSchema, changes: guestChangesSchema });
/** The guest and their link are gone. */
const guestRemoved = z.strictObject({ type: z.literal('guest.removed'), guestId: idSchema });

const agendaItemAdded = z.strictObject({
  type: z.literal('agenda.itemAdded'),
  item: agendaItemSchema,
  index: z.number().int().min(0),
});

const agendaItemUpdated = z.strictObject({
  type: z.literal('agenda.itemUpdated'),
  itemId: idSchema,
  changes: agendaItemChangesSchema,
});

const agendaItemMoved = z.strictObject({
  type: z.literal('agenda.itemMoved'),
  itemId: idSchema,
  toIndex: z.number().int().min(0),
});

const agendaItemRemoved = z.strictObject({
  type: z.literal('agenda.itemRemoved'),
  itemId: idSchema,
});

const agendaCurrentSet = z.strictObject({
  type: z.literal('agenda.currentSet'),
  itemId: idSchema.nullable(),
});

const pairingReissued = z.strictObject({
  type: z.literal('pairing.reissued'),
  principalId: idSchema,
  generation: z.number().int().min(1),
});

const documentAdded = z.strictObject({
  type: z.literal('document.added'),
  document: documentInfoSchema,
});

const documentUpdated = z.strictObject({
  type: z.literal('document.updated'),
  documentId: idSchema,
  title: titleSchema,
  /** Document versions: marked supplementary (tài liệu bổ sung) or not; absent when unchanged. */
  supplementary: z.boolean().optional(),
});

const documentMoved = z.strictObject({
  type: z.literal('document.moved'),
  documentId: idSchema,
  toIndex: z.number().int().min(0),
});

const documentRemoved = z.strictObject({
  type: z.literal('document.removed'),
  documentId: idSchema,
});

const documentOpened = z.strictObject({
  type: z.literal('document.opened'),
  documentId: idSchema,
  principalId: idSchema,
});

const presentationShown = z.strictObject({
  type: z.literal('presentation.shown'),
  presentation: presentationSchema,
});

const presentationStopped = z.strictObject({
  type: z.literal('presentation.stopped'),
});

/**
 * Logs written before protocol 2 stored a new vote with every later field
 * present and null; they are dropped so that those logs still replay.
 */
const LEGACY_NULL_VOTE_FIELDS = ['openedAt', 'closedAt', 'seated', 'present', 'quorumMet', 'tally', 'named', 'cancelReason'] as const;
function withoutLegacyNullFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  if (!LEGACY_NULL_VOTE_FIELDS.some((key) => Object.hasOwn(record, key) && record[key] === null)) return raw;
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => !(value === null && (LEGACY_NULL_VOTE_FIELDS as readonly string[]).includes(key))));
}

const voteCreated = z.strictObject({
  type: z.literal('vote.created'),
  vote: z.preprocess(withoutLegacyNullFields, createdVoteSchema),
});
const voteRemoved = z.strictObject({ type: z.literal('vote.removed'), voteId: idSchema });
const voteOpened = z.strictObject({
  type: z.literal('vote.opened'),
  voteId: idSchema,
  openedAt: z.number().int(),
  seated: z.number().int().min(0),
  present: z.number().int().min(0),
  quorumMet: z.boolean(),
});
const voteCountsEntered = z.strictObject({ type: z.literal('vote.countsEntered'), voteId: idSchema, tally: tallySchema });
const voteClosed = z.strictObject({
  type: z.literal('vote.closed'),
  voteId: idSchema,
  closedAt: z.number().int(),
  /** Null for delegates and the screen: they learn the tally when it is published. */
  tally: tallySchema.nullable(),
  /** Open votes, for staff: who voted what. Null for a secret ballot. */
  named: z.array(namedBallotSchema).nullable(),
});
/** `at`: when the result was published (hub clock), so the big screen holds it for a set time; absent in older logs. */
const votePublished = z.strictObject({ type: z.literal('vote.published'), voteId: idSchema, tally: tallySchema, at: z.number().int().min(0).optional() });
const voteCancelled = z.strictObject({ type: z.literal('vote.cancelled'), voteId: idSchema, reason: z.string() });
const voteLabelsSet = z.strictObject({ type: z.literal('settings.voteLabelsSet'), labels: voteLabelsSchema });

export const domainEventSchema = z.discriminatedUnion('type', [
  sessionCreated,
  agendaItemAdded,
  agendaItemUpdated,
  agendaItemMoved,
  agendaItemRemoved,
  agendaCurrentSet,
  pairingReissued,
  documentAdded,
  documentUpdated,
  documentMoved,
  documentRemoved,
  documentOpened,
  presentationShown,
  presentationStopped,
  voteCreated,
  voteRemoved,
  voteOpened,
  voteCountsEntered,
  voteClosed,
  votePublished,
  voteCancelled,
  voteLabelsSet,
  sessionUpdated,
  sessionOpened,
  sessionEnded,
  sittingAdded,
  sittingUpdated,
  sittingRemoved,
  settingsUpdated,
  rosterImported,
  seatAdded,
  seatUpdated,
  seatRemoved,
  seatVacated,
  guestAdded,
  guestUpdated,
  guestRemoved,
  // Notices and help requests.
  noticeSentEvent,
  noticeAcknowledgedEvent,
  helpRequestedEvent,
  helpResolvedEvent,
  // Attendance.
  attendanceSetEvent,
  attendanceConfirmedEvent,
  attendanceDeviceSeenEvent,
  // The floor: requests to speak, turns, timers.
  speechRequestedEvent,
  speechWithdrawnEvent,
  speechReorderedEvent,
  speechGrantedEvent,
  speechEndedEvent,
  timerPausedEvent,
  timerResumedEvent,
  timerAddedEvent,
  // Question time.
  questionRegisteredEvent,
  questionWithdrawnEvent,
  questionGroupCalledEvent,
  questionAnsweredEvent,
  questionMarkedWrittenEvent,
  // The big screen.
  screenModeSetEvent,
  screenResultHoldSetEvent,
  presentationZoomedEvent,
  // The minutes: the secretary's notes and the vote-counting boards.
  minutesNoteSetEvent,
  voteCountingBoardSetEvent,
  // Document versions.
  documentReplacedEvent,
]);
export type DomainEvent = z.infer<typeof domainEventSchema>;
export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** An event as committed to the log: its place in the sequence and when it happened. */
export const storedEventSchema = z.strictObject({
  seq: z.number().int().min(1),
  /** Milliseconds since the epoch, from the hub's clock. */
  at: z.number().int().min(0),
  event: domainEventSchema,
});
export type StoredEvent = z.infer<typeof storedEventSchema>;
