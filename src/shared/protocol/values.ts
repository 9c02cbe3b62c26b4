/** Schemas of the domain values that travel in commands, events and snapshots. */
import { z } from 'zod';
import { ROLES } from './roles';

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of 1-64 letters, digits, _ or -');

export const AGENDA_KINDS = ['opening', 'report', 'review', 'discussion', 'questions', 'voting', 'closing'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const agendaKindSchema = z.enum(AGENDA_KINDS);

export const TEXT_LIMITS = { title: 300, presenter: 200, notes: 4000, name: 120, fileName: 255 } as const;

export const titleSchema = z.string().trim().min(1).max(TEXT_LIMITS.title);
export const presenterSchema = z.string().trim().max(TEXT_LIMITS.presenter);
export const notesSchema = z.string().max(TEXT_LIMITS.notes);

export const agendaItemSchema = z.strictObject({
  id: idSchema,
  sittingId: idSchema,
  title: titleSchema,
  kind: agendaKindSchema,
  presenter: presenterSchema,
  notes: notesSchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The editable fields of an agenda item, each optional: what an update changes. */
export const agendaItemChangesSchema = z.strictObject({
  sittingId: idSchema.optional(),
  title: titleSchema.optional(),
  kind: agendaKindSchema.optional(),
  presenter: presenterSchema.optional(),
  notes: notesSchema.optional(),
});

export const sittingSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  /** ISO date, e.g. 2026-12-08. */
  date: z.iso.date(),
});
export type Sitting = z.infer<typeof sittingSchema>;

export const seatSchema = z.strictObject({
  seat: z.number().int().min(1).max(5000),
  name: z.string().trim().min(1).max(TEXT_LIMITS.name),
  /** Office held, e.g. "Chủ tịch HĐND"; empty for most delegates. */
  office: z.string().max(TEXT_LIMITS.name),
});
export type Seat = z.infer<typeof seatSchema>;

export const principalSchema = z.strictObject({
  id: idSchema,
  role: z.enum(ROLES),
  seat: z.number().int().min(1).nullable(),
  /** Bumped when the principal's link is reissued; the old token stops working. */
  generation: z.number().int().min(1),
});
export type Principal = z.infer<typeof principalSchema>;

export const sessionInfoSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  council: z.string().trim().min(1).max(TEXT_LIMITS.title),
  place: z.string().max(TEXT_LIMITS.title),
});

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

/** A PDF attached to an agenda item. The file itself is stored by its SHA-256. */
export const documentInfoSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema,
  title: titleSchema,
  sha256: sha256Schema,
  fileName: z.string().max(TEXT_LIMITS.fileName),
  bytes: z.number().int().min(1),
  pages: z.number().int().min(1),
  /** Principal ids of the delegates who opened it. Only staff see this. */
  openedBy: z.array(idSchema),
});
export type DocumentInfo = z.infer<typeof documentInfoSchema>;

/** Where on a page the presenter is: 0 is the top of the page, 1 the bottom. */
export const pageOffsetSchema = z.number().min(0).max(1);

/** What the presenter shows: a document, a page, and the place on the page. */
export const presentationSchema = z.strictObject({
  documentId: idSchema,
  page: z.number().int().min(1),
  offset: pageOffsetSchema,
});
export type Presentation = z.infer<typeof presentationSchema>;
