/**
 * "Kỳ họp mới từ kỳ họp trước": a new session of the same council term, made
 * from a previous one. It carries the council, the roster (vacancies and guests
 * included), the settings and the vote labels, and starts from the agenda
 * template; never the old session's votes, documents or events. It keeps the
 * term's id and every principal's link generation, so a device paired once for
 * the term reaches the new session with the same token, and a link revoked by a
 * reissue or a vacancy stays revoked.
 */
import { z } from 'zod';
import type { SessionState } from '../../protocol';
import { SESSION_KINDS, sessionNumberSchema, titleSchema } from '../../protocol';
import type { SessionDefinition, TermCarryOver } from '../sessionDefinition';
import { definitionSittingSchema, sittingOutsideDates } from '../sessionDefinition';
import { agendaTemplate } from './agendaTemplate';

/** What the secretary gives for the new session; everything else comes from the previous one. */
export const nextSessionSchema = z
  .strictObject({
    title: titleSchema,
    number: sessionNumberSchema,
    kind: z.enum(SESSION_KINDS),
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    sittings: z.array(definitionSittingSchema).min(1),
  })
  .refine((next) => next.startDate === null || next.endDate === null || next.startDate <= next.endDate, 'the session cannot end before it starts')
  .refine((next) => new Set(next.sittings.map((sitting) => sitting.key)).size === next.sittings.length, 'each sitting needs its own key')
  .refine((next) => sittingOutsideDates(next.startDate, next.endDate, next.sittings) < 0, { message: 'a sitting is held within the session\'s dates', path: ['sittings'] });
export type NextSession = z.infer<typeof nextSessionSchema>;

/** The new session's definition, and what carries over of the term. Throws when no session is loaded. */
export function definitionFromPrevious(state: SessionState, overrides: NextSession): { definition: SessionDefinition } & TermCarryOver {
  const previous = state.session;
  if (previous === null) throw new Error('No previous session to start from');
  const definition: SessionDefinition = {
    title: overrides.title,
    council: previous.council,
    place: previous.place,
    councilLevel: previous.councilLevel,
    term: previous.term,
    number: overrides.number,
    kind: overrides.kind,
    startDate: overrides.startDate,
    endDate: overrides.endDate,
    status: 'preparing',
    sittings: overrides.sittings,
    seats: state.seats.map((seat) => ({ ...seat })),
    guests: state.guests.map(({ number, name, office, role }) => ({ number, name, office, role })),
    settings: state.settings,
    voteLabels: state.voteLabels,
    agenda: agendaTemplate(overrides.kind, overrides.sittings.map((sitting) => sitting.key)),
  };
  const generations = Object.fromEntries(Object.values(state.principals).map((principal) => [principal.id, principal.generation]));
  return { definition, termId: previous.termId, generations, retiredGenerations: state.retiredGenerations };
}
