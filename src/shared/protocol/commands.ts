/**
 * Commands: what a client asks the hub to do. Each is named `noun.verb` and
 * listed in COMMAND_ROLES with the roles allowed to give it.
 */
import { z } from 'zod';
import type { Role } from './roles';
import { agendaItemChangesSchema, agendaKindSchema, idSchema, notesSchema, pageOffsetSchema, presenterSchema, titleSchema } from './values';

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
};

export const COMMAND_TYPES = Object.keys(COMMAND_ROLES) as CommandType[];

export function isCommandAllowed(role: Role, type: CommandType): boolean {
  return COMMAND_ROLES[type].includes(role);
}
