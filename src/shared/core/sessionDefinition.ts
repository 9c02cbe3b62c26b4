/**
 * A session as written by hand, shipped as the demo, made in the console or
 * carried over from a previous session: the council and the session's info,
 * sittings, roster and agenda, without ids. `createSessionEvents` turns it
 * into the first event of a log.
 */
import { z } from 'zod';
import type { DomainEvent, Guest, Principal, Seat } from '../protocol';
import {
  agendaKindSchema,
  COUNCIL_LEVELS,
  councilNameSchema,
  guestRowSchema,
  MAX_ROSTER_ROWS,
  notesSchema,
  placeSchema,
  presenterSchema,
  seatSchema,
  sessionNumberSchema,
  sessionSettingsSchema,
  SESSION_KINDS,
  SITTING_PERIODS,
  termSchema,
  titleSchema,
  voteLabelsSchema,
} from '../protocol';
import { guestPrincipalId, seatPrincipalId } from './principalIds';
import { numberedGuests } from './session/numberedGuests';

/** A sitting as a definition writes it: a key that agenda items name, instead of an id. */
export const definitionSittingSchema = z.strictObject({
  key: z.string().min(1),
  title: titleSchema,
  date: z.iso.date(),
  period: z.enum(SITTING_PERIODS).optional(),
});
export type DefinitionSitting = z.infer<typeof definitionSittingSchema>;

/** An agenda item as a definition writes it: its sitting by key. */
export const definitionItemSchema = z.strictObject({
  sitting: z.string().min(1),
  title: titleSchema,
  kind: agendaKindSchema,
  presenter: presenterSchema,
  notes: notesSchema,
  /** PDFs to attach, by file name in the definition's documents folder. */
  documents: z.array(z.strictObject({ file: z.string().regex(/^[\w.-]+\.pdf$/), title: titleSchema })).optional(),
});
export type DefinitionItem = z.infer<typeof definitionItemSchema>;

/** The index of the first sitting held outside the session's dates, where the dates are known; -1 when none is. */
export function sittingOutsideDates(startDate: string | null | undefined, endDate: string | null | undefined, sittings: ReadonlyArray<{ date: string }>) {
  return sittings.findIndex((sitting) => (startDate != null && sitting.date < startDate) || (endDate != null && sitting.date > endDate));
}

export const sessionDefinitionSchema = z
  .strictObject({
    title: titleSchema,
    council: councilNameSchema,
    place: placeSchema,
    councilLevel: z.enum(COUNCIL_LEVELS).optional(),
    term: termSchema.optional(),
    number: sessionNumberSchema.optional(),
    kind: z.enum(SESSION_KINDS).optional(),
    startDate: z.iso.date().nullable().optional(),
    endDate: z.iso.date().nullable().optional(),
    /** A file or the demo starts open (as before sessions had a lifecycle); the console makes preparing ones. */
    status: z.enum(['preparing', 'open']).optional(),
    sittings: z.array(definitionSittingSchema).min(1),
    /** May be empty: a session made in the console gets its roster later. */
    seats: z.array(seatSchema),
    guests: z.array(guestRowSchema).optional(),
    settings: sessionSettingsSchema.optional(),
    voteLabels: voteLabelsSchema.optional(),
    agenda: z.array(definitionItemSchema),
  })
  .superRefine((definition, issues) => {
    const seatNumbers = definition.seats.map((seat) => seat.seat);
    const repeated = seatNumbers.find((seat, index) => seatNumbers.indexOf(seat) !== index);
    if (repeated !== undefined) issues.addIssue({ code: 'custom', path: ['seats'], message: `seat ${repeated} appears twice` });
    const guests = definition.guests ?? [];
    if (definition.seats.length + guests.length > MAX_ROSTER_ROWS) issues.addIssue({ code: 'custom', path: ['seats'], message: `a roster holds at most ${MAX_ROSTER_ROWS} rows` });
    const guestNumbers = guests.flatMap((guest) => (guest.number === undefined ? [] : [guest.number]));
    if (new Set(guestNumbers).size !== guestNumbers.length) issues.addIssue({ code: 'custom', path: ['guests'], message: 'a guest number appears twice' });
    const outside = sittingOutsideDates(definition.startDate, definition.endDate, definition.sittings);
    if (outside >= 0) issues.addIssue({ code: 'custom', path: ['sittings', outside, 'date'], message: 'a sitting is held within the session\'s dates' });
  });
export type SessionDefinition = z.infer<typeof sessionDefinitionSchema>;

/** What a session of the same council term carries over: the term's id and each principal's link generation. */
export interface TermCarryOver {
  termId: string;
  /** By principal id; a principal not listed starts at generation 1. */
  generations: Record<string, number>;
  /** Principals taken off the roster in the term so far, with their last generation. */
  retiredGenerations?: Record<string, number>;
}

/**
 * The first event of a session's log. Ids come from `newId`, so this stays pure.
 * Without `carry`, the session starts a term of its own (termId = its id).
 */
export function createSessionEvents(definition: SessionDefinition, newId: () => string, carry?: TermCarryOver): DomainEvent[] {
  const generationOf = (principalId: string): number => (carry && Object.hasOwn(carry.generations, principalId) ? (carry.generations[principalId] ?? 1) : 1);
  const sittingIds = new Map(definition.sittings.map((sitting) => [sitting.key, newId()]));
  const guests: Guest[] = numberedGuests(definition.guests ?? [], []);
  const principals: Principal[] = [
    ...(['secretary', 'chair', 'screen'] as const).map((role): Principal => ({ id: role, role, seat: null, generation: generationOf(role) })),
    ...definition.seats.map((seat: Seat): Principal => {
      const id = seatPrincipalId(seat.seat);
      return { id, role: 'delegate', seat: seat.seat, generation: generationOf(id) };
    }),
    ...guests.map((guest): Principal => ({ id: guest.id, role: 'guest', seat: null, generation: generationOf(guestPrincipalId(guest.number)) })),
  ];
  const sessionId = newId();
  return [
    {
      type: 'session.created',
      session: {
        id: sessionId,
        title: definition.title,
        council: definition.council,
        place: definition.place,
        termId: carry?.termId ?? sessionId,
        councilLevel: definition.councilLevel ?? 'province',
        term: definition.term ?? '',
        number: definition.number ?? null,
        kind: definition.kind ?? 'regular',
        startDate: definition.startDate ?? null,
        endDate: definition.endDate ?? null,
        status: definition.status ?? 'open',
      },
      sittings: definition.sittings.map((sitting) => ({ id: sittingIds.get(sitting.key) ?? newId(), title: sitting.title, date: sitting.date, period: sitting.period ?? 'allDay' })),
      seats: definition.seats,
      agenda: groupBySitting(
        definition.agenda.map((item) => {
          const sittingId = sittingIds.get(item.sitting);
          if (sittingId === undefined) throw new Error(`Agenda item "${item.title}" names an unknown sitting "${item.sitting}"`);
          return { id: newId(), sittingId, title: item.title, kind: item.kind, presenter: item.presenter, notes: item.notes };
        }),
        [...sittingIds.values()],
      ),
      principals,
      ...(carry?.retiredGenerations && Object.keys(carry.retiredGenerations).length > 0 ? { retiredGenerations: carry.retiredGenerations } : {}),
      guests,
      ...(definition.settings ? { settings: definition.settings } : {}),
      ...(definition.voteLabels ? { voteLabels: definition.voteLabels } : {}),
    },
  ];
}

/** The items in sitting order, each sitting's items in the order written (the sort is stable). */
function groupBySitting<T extends { sittingId: string }>(items: T[], sittingOrder: string[]): T[] {
  return items.slice().sort((a, b) => sittingOrder.indexOf(a.sittingId) - sittingOrder.indexOf(b.sittingId));
}
