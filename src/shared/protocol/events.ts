/**
 * Events: what happened, as stored in the log and sent to clients. Past tense,
 * `noun.verbed`. The shared `apply` folds them into the session state.
 */
import { z } from 'zod';
import { createdVoteSchema, namedBallotSchema, tallySchema, voteLabelsSchema } from './voting';
import { agendaItemChangesSchema, agendaItemSchema, documentInfoSchema, idSchema, presentationSchema, principalSchema, seatSchema, sessionInfoSchema, sittingSchema, titleSchema } from './values';

const sessionCreated = z.strictObject({
  type: z.literal('session.created'),
  session: sessionInfoSchema,
  sittings: z.array(sittingSchema),
  seats: z.array(seatSchema),
  agenda: z.array(agendaItemSchema),
  principals: z.array(principalSchema),
});

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
const votePublished = z.strictObject({ type: z.literal('vote.published'), voteId: idSchema, tally: tallySchema });
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
