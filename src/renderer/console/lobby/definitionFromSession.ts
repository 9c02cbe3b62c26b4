/**
 * The definition the hub's catalog receives for a new session: the checked
 * form values, an empty roster (imported next, in the roster tab) and the
 * usual agenda for the kind of session, which the secretary edits afterwards.
 */
import { agendaTemplate } from '../../../shared/core';
import type { SessionDefinition } from '../../../shared/core';
import type { ValidSession } from './validateSessionDraft';

export function definitionFromSession(session: ValidSession): SessionDefinition {
  const sittingKeys = session.sittings.map((sitting) => sitting.key);
  return {
    title: session.title,
    council: session.council,
    place: session.place,
    councilLevel: session.councilLevel,
    term: session.term,
    number: session.number,
    kind: session.kind,
    startDate: session.startDate,
    endDate: session.endDate,
    status: 'preparing',
    sittings: session.sittings,
    seats: [],
    guests: [],
    settings: session.settings,
    voteLabels: session.voteLabels,
    agenda: agendaTemplate(session.kind, sittingKeys),
  };
}
