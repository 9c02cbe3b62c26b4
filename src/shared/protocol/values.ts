/** Schemas of the domain values that travel in commands, events and snapshots. */
import { z } from 'zod';
import { ROLES } from './roles';

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of 1-64 letters, digits, _ or -');

export const AGENDA_KINDS = ['opening', 'report', 'review', 'discussion', 'questions', 'voting', 'closing'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const agendaKindSchema = z.enum(AGENDA_KINDS);

export const TEXT_LIMITS = { title: 300, presenter: 200, notes: 4000, name: 120, fileName: 255, term: 120, group: 120, vacancyReason: 300 } as const;

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

/** Council levels since 1 July 2025: tỉnh/thành phố ; xã/phường/đặc khu. */
export const COUNCIL_LEVELS = ['province', 'commune'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
/** Kỳ họp thường lệ ; kỳ họp chuyên đề. */
export const SESSION_KINDS = ['regular', 'special'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
/** Đang chuẩn bị ; đang họp ; đã bế mạc. Only forward: preparing → open → ended. */
export const SESSION_STATUSES = ['preparing', 'open', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** Sáng ; chiều ; cả ngày. */
export const SITTING_PERIODS = ['morning', 'afternoon', 'allDay'] as const;
export type SittingPeriod = (typeof SITTING_PERIODS)[number];
/** A delegate's place in the council: chủ tọa, phó chủ tịch (presides in turn), đại biểu. */
export const SEAT_ROLES = ['delegate', 'chair', 'viceChair'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];
/** A guest row is a guest (khách mời) or a member of the session's secretariat (thư ký). */
export const GUEST_ROLES = ['guest', 'secretary'] as const;
export type GuestRole = (typeof GUEST_ROLES)[number];

/** The highest seat or guest number. */
export const MAX_ROSTER_NUMBER = 5000;

const sittingFields = {
  id: idSchema,
  title: titleSchema,
  /** ISO date, e.g. 2026-12-08. */
  date: z.iso.date(),
};

export const sittingSchema = z.strictObject({ ...sittingFields, period: z.enum(SITTING_PERIODS) });
export type Sitting = z.infer<typeof sittingSchema>;

/** A sitting as logs written before sessions had periods stored it; `apply` fills `allDay`. */
export const storedSittingSchema = z.strictObject({ ...sittingFields, period: z.enum(SITTING_PERIODS).optional() });

/** The editable fields of a sitting, each optional. */
export const sittingChangesSchema = z.strictObject({
  title: titleSchema.optional(),
  date: z.iso.date().optional(),
  period: z.enum(SITTING_PERIODS).optional(),
});

/**
 * Control characters and the invisible marks that reorder text (bidi overrides,
 * isolates, direction marks): nothing a name needs, and what makes a card or a
 * screen show something else than what is stored.
 */
export const CONTROL_OR_DIRECTION_CHARACTERS = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const withoutControlCharacters = (text: string) => !CONTROL_OR_DIRECTION_CHARACTERS.test(text);
const NO_CONTROL_CHARACTERS = 'no control or text-direction characters';

export const personNameSchema = z.string().trim().min(1).max(TEXT_LIMITS.name).refine(withoutControlCharacters, NO_CONTROL_CHARACTERS);
export const officeSchema = z.string().trim().max(TEXT_LIMITS.name).refine(withoutControlCharacters, NO_CONTROL_CHARACTERS);
const groupSchema = z.string().trim().max(TEXT_LIMITS.group).refine(withoutControlCharacters, NO_CONTROL_CHARACTERS);
export const seatNumberSchema = z.number().int().min(1).max(MAX_ROSTER_NUMBER);

export const seatSchema = z.strictObject({
  seat: seatNumberSchema,
  name: personNameSchema,
  /** Office held (chức vụ), e.g. "Chủ tịch HĐND"; empty for most delegates. */
  office: officeSchema,
  /** The delegation or group (tổ đại biểu). */
  group: groupSchema.optional(),
  /** Absent means 'delegate'. */
  role: z.enum(SEAT_ROLES).optional(),
  /** The seat is vacant (đại biểu thôi làm nhiệm vụ) from this moment, in ms since the epoch. */
  vacantFrom: z.number().int().min(0).optional(),
  vacancyReason: z.string().trim().max(TEXT_LIMITS.vacancyReason).optional(),
});
export type Seat = z.infer<typeof seatSchema>;

/** A roster row for a delegate: a seat before any vacancy. */
export const seatRowSchema = z.strictObject({
  seat: seatNumberSchema,
  name: personNameSchema,
  office: officeSchema,
  group: groupSchema.optional(),
  role: z.enum(SEAT_ROLES).optional(),
});
export type SeatRow = z.infer<typeof seatRowSchema>;

/** The editable fields of a seat, each optional. */
export const seatChangesSchema = z.strictObject({
  name: personNameSchema.optional(),
  office: officeSchema.optional(),
  group: groupSchema.optional(),
  role: z.enum(SEAT_ROLES).optional(),
});

/** A guest (khách mời): reads the documents and follows the presenter; never votes, never counted. */
export const guestSchema = z.strictObject({
  /** The guest's principal id, `guest-N` with N its number. */
  id: idSchema,
  number: seatNumberSchema,
  name: personNameSchema,
  office: officeSchema,
  role: z.enum(GUEST_ROLES),
});
export type Guest = z.infer<typeof guestSchema>;

/** A roster row for a guest; the core numbers it when `number` is left out. */
export const guestRowSchema = z.strictObject({
  number: seatNumberSchema.optional(),
  name: personNameSchema,
  office: officeSchema,
  role: z.enum(GUEST_ROLES),
});
export type GuestRow = z.infer<typeof guestRowSchema>;

/** The editable fields of a guest, each optional. */
export const guestChangesSchema = z.strictObject({
  name: personNameSchema.optional(),
  office: officeSchema.optional(),
  role: z.enum(GUEST_ROLES).optional(),
});

export const principalSchema = z.strictObject({
  id: idSchema,
  role: z.enum(ROLES),
  seat: z.number().int().min(1).nullable(),
  /** Bumped when the principal's link is reissued; the old token stops working. */
  generation: z.number().int().min(1),
});
export type Principal = z.infer<typeof principalSchema>;

export const councilNameSchema = z.string().trim().min(1).max(TEXT_LIMITS.title);
export const placeSchema = z.string().max(TEXT_LIMITS.title);
export const termSchema = z.string().trim().max(TEXT_LIMITS.term);
/** Kỳ họp thứ N. */
export const sessionNumberSchema = z.number().int().min(1).max(99).nullable();

const sessionInfoFields = {
  id: idSchema,
  title: titleSchema,
  /** The council's name. */
  council: councilNameSchema,
  place: placeSchema,
  /** The same for every session of one council term; pairing tokens derive from it. */
  termId: idSchema,
  councilLevel: z.enum(COUNCIL_LEVELS),
  /** Free text, e.g. "Khóa XI, nhiệm kỳ 2026–2031". */
  term: termSchema,
  number: sessionNumberSchema,
  kind: z.enum(SESSION_KINDS),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  status: z.enum(SESSION_STATUSES),
};

export const sessionInfoSchema = z.strictObject(sessionInfoFields);
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Session info as logs written before councils had terms stored it; `apply` fills the defaults. */
export const storedSessionInfoSchema = sessionInfoSchema.partial({
  termId: true,
  councilLevel: true,
  term: true,
  number: true,
  kind: true,
  startDate: true,
  endDate: true,
  status: true,
});

/** What `session.update` may change, each optional. */
export const sessionInfoChangesSchema = z.strictObject({
  title: titleSchema.optional(),
  council: councilNameSchema.optional(),
  councilLevel: z.enum(COUNCIL_LEVELS).optional(),
  term: termSchema.optional(),
  number: sessionNumberSchema.optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  place: placeSchema.optional(),
  startDate: z.iso.date().nullable().optional(),
  endDate: z.iso.date().nullable().optional(),
});
export type SessionInfoChanges = z.infer<typeof sessionInfoChangesSchema>;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

// Document versions: a replaced document keeps its earlier files, oldest first.
/** How many earlier versions one document keeps; a further replacement is refused. */
export const MAX_DOCUMENT_VERSIONS = 50;
/** An earlier version of a document: its file, still served, and when a newer one replaced it. */
export const documentVersionSchema = z.strictObject({
  sha256: sha256Schema,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  fileName: z.string().max(TEXT_LIMITS.fileName),
  replacedAt: z.number().int().min(0),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

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
  // Document versions: 1 for the first file; `openedBy` counts the current version only.
  version: z.number().int().min(1).default(1),
  previous: z.array(documentVersionSchema).max(MAX_DOCUMENT_VERSIONS).default([]),
  /** A supplementary document (tài liệu bổ sung), added to the item after the rest. */
  supplementary: z.boolean().default(false),
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
