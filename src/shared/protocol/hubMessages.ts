/** Messages from the hub to a client. Clients parse them with these schemas too. */
import { z } from 'zod';
import { ERROR_CODES } from './errorCodes';
import { storedEventSchema } from './events';
import { ROLES } from './roles';
import { sessionStateSchema } from './state';
import { idSchema } from './values';
import { selectionSchema } from './voting';

export const welcomeSchema = z.strictObject({
  type: z.literal('welcome'),
  protocolVersion: z.number().int(),
  sessionId: idSchema.nullable(),
  principal: z.strictObject({
    id: idSchema,
    role: z.enum(ROLES),
    seat: z.number().int().nullable(),
    name: z.string(),
  }),
  /** The hub's latest `seq` when the welcome was sent. */
  seq: z.number().int().min(0),
  /** The hub's clock (ms since the epoch) when it sent this: devices time deadlines on it. */
  hubTime: z.number().int().min(0),
  // The record: the session is open read-only (a broken chain, a restored archive); every command is refused with `read_only`.
  readOnly: z.literal(true).optional(),
});

export const snapshotSchema = z.strictObject({
  type: z.literal('snapshot'),
  seq: z.number().int().min(0),
  state: sessionStateSchema,
});

export const eventsSchema = z.strictObject({
  type: z.literal('events'),
  events: z.array(storedEventSchema),
});

export const presenceSchema = z.strictObject({
  type: z.literal('presence'),
  /** Principal ids with at least one live connection. */
  online: z.array(idSchema),
});

/** Delegates whose viewer follows the presenter now (staff only). */
export const followingSchema = z.strictObject({
  type: z.literal('following'),
  following: z.array(idSchema),
});

export const ackSchema = z.strictObject({
  type: z.literal('ack'),
  requestId: z.string(),
  /** The `seq` of the last event the command produced. */
  seq: z.number().int().min(0),
  /** For a ballot: a short code the delegate can quote to check it was counted. */
  receipt: z.string().optional(),
  /** For a ballot: this ballot id was already recorded (a retry); `receipt` is then the original one. */
  duplicate: z.boolean().optional(),
  /** For a retried ballot in an open vote: the choice the hub holds. Never sent for a secret vote. */
  selections: z.array(selectionSchema).optional(),
});

/** While a vote is open: how many have voted, and (open votes) who has not. Staff only. */
export const voteProgressSchema = z.strictObject({
  type: z.literal('voteProgress'),
  voteId: idSchema,
  cast: z.number().int().min(0),
  eligible: z.number().int().min(0),
  notVoted: z.array(z.number().int()).nullable(),
});

/** Tells a delegate whether the hub holds their ballot for the open vote (after a reconnect). */
export const ballotStatusSchema = z.strictObject({
  type: z.literal('ballotStatus'),
  voteId: idSchema,
  voted: z.boolean(),
});

export const errorSchema = z.strictObject({
  type: z.literal('error'),
  requestId: z.string().optional(),
  code: z.enum(ERROR_CODES),
  message: z.string(),
});

export const pairingLinkSchema = z.strictObject({
  principalId: idSchema,
  role: z.enum(ROLES),
  seat: z.number().int().nullable(),
  name: z.string(),
  token: z.string(),
  url: z.string(),
});
export type PairingLink = z.infer<typeof pairingLinkSchema>;

/**
 * Every principal's current link; sent to the secretary only, never stored in the log.
 * With the hub's own CA, also the plain-HTTP setup page where an iPad installs the CA once,
 * and the CA's SHA-256 fingerprint to check it by; both absent with plain HTTP or an
 * administrator's certificate.
 */
export const pairingLinksSchema = z.strictObject({
  type: z.literal('pairingLinks'),
  links: z.array(pairingLinkSchema),
  setupUrl: z.string().optional(),
  caFingerprint: z.string().optional(),
});
export type PairingLinksMessage = z.infer<typeof pairingLinksSchema>;

/** Why a link stopped working: a newer link was issued, the seat was vacated, or the person left the roster. */
export const REVOKED_REASONS = ['replaced', 'vacated', 'removed'] as const;
export type RevokedReason = (typeof REVOKED_REASONS)[number];
export const revokedSchema = z.strictObject({ type: z.literal('revoked'), reason: z.enum(REVOKED_REASONS).optional() });
/** The answer to a ping, with the hub's clock, so a device keeps its estimate of it fresh. */
export const pongSchema = z.strictObject({ type: z.literal('pong'), hubTime: z.number().int().min(0) });

/**
 * The hub's new address for the iPads (the secretary chose another network
 * interface, or the chosen one went away): an https or http URL with no path,
 * query or credentials. A device keeps it for its next reconnect, only when
 * it differs from the old one in the host alone (see shared/hubAddress.ts).
 */
export const hubAddressSchema = z.strictObject({ type: z.literal('hubAddress'), url: z.string().max(200) });
export type HubAddressMessage = z.infer<typeof hubAddressSchema>;

export const hubMessageSchema = z.discriminatedUnion('type', [
  welcomeSchema,
  snapshotSchema,
  eventsSchema,
  presenceSchema,
  followingSchema,
  pairingLinksSchema,
  voteProgressSchema,
  ballotStatusSchema,
  ackSchema,
  errorSchema,
  revokedSchema,
  pongSchema,
  hubAddressSchema,
]);
export type HubMessage = z.infer<typeof hubMessageSchema>;
export type WelcomeMessage = z.infer<typeof welcomeSchema>;
export type AckMessage = z.infer<typeof ackSchema>;
/** What an `ack` says beside the request it answers: the seq, and for a ballot its receipt. */
export type Acknowledgement = Omit<AckMessage, 'type' | 'requestId'>;
