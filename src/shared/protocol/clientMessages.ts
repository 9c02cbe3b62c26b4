/** Messages from a client to the hub. Parsed with these schemas at the hub's edge. */
import { z } from 'zod';
import { commandSchema } from './commands';
import { idSchema } from './values';

export const helloSchema = z.strictObject({
  type: z.literal('hello'),
  token: z.string().min(1).max(256),
  /** The last `seq` the client applied; 0 for a client with no state. */
  lastSeq: z.number().int().min(0),
  protocolVersion: z.number().int().min(0),
  /** The session the client last saw: another one than the hub's means a full snapshot, never a resume. */
  sessionId: idSchema.optional(),
});

export const commandMessageSchema = z.strictObject({
  type: z.literal('command'),
  /** Chosen by the client; echoed in the `ack` or `error` reply. */
  requestId: z.string().min(1).max(64),
  command: commandSchema,
});

export const pingSchema = z.strictObject({ type: z.literal('ping') });

/** A delegate's viewer says whether it follows the presenter; not a command, nothing is stored. */
export const followSchema = z.strictObject({ type: z.literal('follow'), following: z.boolean() });

export const clientMessageSchema = z.discriminatedUnion('type', [helloSchema, commandMessageSchema, pingSchema, followSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type HelloMessage = z.infer<typeof helloSchema>;
