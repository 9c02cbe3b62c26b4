/**
 * A session as written by hand or shipped as the demo: sittings, seats and the
 * agenda, without ids. `createSessionEvents` turns it into the first event of a log.
 */
import { z } from 'zod';
import type { DomainEvent, Principal } from '../protocol';
import { agendaKindSchema, notesSchema, presenterSchema, seatSchema, TEXT_LIMITS, titleSchema } from '../protocol';

export const sessionDefinitionSchema = z.strictObject({
  title: titleSchema,
  council: z.string().trim().min(1).max(TEXT_LIMITS.title),
  place: z.string().max(TEXT_LIMITS.title),
  sittings: z
    .array(z.strictObject({ key: z.string().min(1), title: titleSchema, date: z.iso.date() }))
    .min(1),
  seats: z.array(seatSchema).min(1),
  agenda: z.array(
    z.strictObject({
      sitting: z.string().min(1),
      title: titleSchema,
      kind: agendaKindSchema,
      presenter: presenterSchema,
      notes: notesSchema,
      /** PDFs to attach, by file name in the definition's documents folder. */
      documents: z.array(z.strictObject({ file: z.string().regex(/^[\w.-]+\.pdf$/), title: titleSchema })).optional(),
    }),
  ),
});
export type SessionDefinition = z.infer<typeof sessionDefinitionSchema>;

/** The principal id of the delegate in a seat. */
export function seatPrincipalId(seat: number): string {
  return `seat-${seat}`;
}

/** The first event of a session's log. Ids come from `newId`, so this stays pure. */
export function createSessionEvents(definition: SessionDefinition, newId: () => string): DomainEvent[] {
  const sittingIds = new Map(definition.sittings.map((sitting) => [sitting.key, newId()]));
  const principals: Principal[] = [
    { id: 'secretary', role: 'secretary', seat: null, generation: 1 },
    { id: 'chair', role: 'chair', seat: null, generation: 1 },
    { id: 'screen', role: 'screen', seat: null, generation: 1 },
    ...definition.seats.map((seat): Principal => ({ id: seatPrincipalId(seat.seat), role: 'delegate', seat: seat.seat, generation: 1 })),
  ];
  return [
    {
      type: 'session.created',
      session: { id: newId(), title: definition.title, council: definition.council, place: definition.place },
      sittings: definition.sittings.map((sitting) => ({ id: sittingIds.get(sitting.key) ?? newId(), title: sitting.title, date: sitting.date })),
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
    },
  ];
}

/** The items in sitting order, each sitting's items in the order written (the sort is stable). */
function groupBySitting<T extends { sittingId: string }>(items: T[], sittingOrder: string[]): T[] {
  return items.slice().sort((a, b) => sittingOrder.indexOf(a.sittingId) - sittingOrder.indexOf(b.sittingId));
}
