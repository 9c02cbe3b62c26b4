/**
 * How the session's own events change the state: its info and lifecycle, the
 * sittings, the settings, and the roster (seats, guests and their principals).
 */
import type { EventOf, Guest, Principal, Seat, SessionInfo, SessionState, Sitting } from '../../protocol';
import { DEFAULT_SCREEN_STATE, DEFAULT_SESSION_SETTINGS, EMPTY_FLOOR } from '../../protocol';
import { definedFields } from '../definedFields';
import { findPrincipal } from '../findPrincipal';
import { DEFAULT_VOTE_LABELS } from '../voting/voteLayout';
import { chronologicalSittings } from './sittingOrder';

type StoredSessionInfo = EventOf<'session.created'>['session'];
type StoredSitting = EventOf<'session.created'>['sittings'][number];

/** Session info with what an old log lacks filled in: the term is the session itself, and it is open. */
export function sessionInfoWithDefaults(session: StoredSessionInfo): SessionInfo {
  return {
    id: session.id,
    title: session.title,
    council: session.council,
    place: session.place,
    termId: session.termId ?? session.id,
    councilLevel: session.councilLevel ?? 'province',
    term: session.term ?? '',
    number: session.number ?? null,
    kind: session.kind ?? 'regular',
    startDate: session.startDate ?? null,
    endDate: session.endDate ?? null,
    status: session.status ?? 'open',
  };
}

function sittingWithDefaults(sitting: StoredSitting): Sitting {
  return { ...sitting, period: sitting.period ?? 'allDay' };
}

export function createdSession(event: EventOf<'session.created'>): SessionState {
  return {
    session: sessionInfoWithDefaults(event.session),
    sittings: event.sittings.map(sittingWithDefaults),
    agenda: event.agenda,
    currentItemId: null,
    documents: [],
    presentation: null,
    votes: [],
    voteLabels: event.voteLabels ?? DEFAULT_VOTE_LABELS,
    seats: event.seats,
    guests: event.guests ?? [],
    settings: event.settings ?? DEFAULT_SESSION_SETTINGS,
    principals: Object.fromEntries(event.principals.map((principal) => [principal.id, principal])),
    retiredGenerations: event.retiredGenerations ?? {},
    // Notices and help requests.
    notices: [],
    helpRequests: [],
    // Attendance.
    attendance: {},
    floor: EMPTY_FLOOR,
    questions: [],
    // The big screen.
    screen: DEFAULT_SCREEN_STATE,
    // The minutes.
    minutesNotes: {},
    countingBoards: {},
  };
}

function withSession(state: SessionState, change: (session: SessionInfo) => SessionInfo): SessionState {
  return state.session ? { ...state, session: change(state.session) } : state;
}

export function updatedSession(state: SessionState, event: EventOf<'session.updated'>): SessionState {
  return withSession(state, (session) => ({ ...session, ...definedFields(event.changes) }));
}

export function openedSession(state: SessionState): SessionState {
  return withSession(state, (session) => (session.status === 'preparing' ? { ...session, status: 'open' } : session));
}

export function endedSession(state: SessionState): SessionState {
  return withSession(state, (session) => ({ ...session, status: 'ended' }));
}

/** The sittings in the order they are held, and the agenda regrouped to follow them (each sitting's items keep their order). */
function withSittings(state: SessionState, sittings: Sitting[]): SessionState {
  const ordered = chronologicalSittings(sittings);
  const rank = new Map(ordered.map((sitting, index) => [sitting.id, index]));
  const rankOf = (sittingId: string): number => rank.get(sittingId) ?? ordered.length;
  const agenda = state.agenda
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rankOf(a.item.sittingId) - rankOf(b.item.sittingId) || a.index - b.index)
    .map(({ item }) => item);
  return { ...state, sittings: ordered, agenda };
}

export function addedSitting(state: SessionState, event: EventOf<'sitting.added'>): SessionState {
  if (state.sittings.some((sitting) => sitting.id === event.sitting.id)) return state;
  return withSittings(state, [...state.sittings, event.sitting]);
}

export function updatedSitting(state: SessionState, event: EventOf<'sitting.updated'>): SessionState {
  if (!state.sittings.some((sitting) => sitting.id === event.sittingId)) return state;
  return withSittings(
    state,
    state.sittings.map((sitting) => (sitting.id === event.sittingId ? { ...sitting, ...definedFields(event.changes) } : sitting)),
  );
}

export function removedSitting(state: SessionState, event: EventOf<'sitting.removed'>): SessionState {
  return { ...state, sittings: state.sittings.filter((sitting) => sitting.id !== event.sittingId) };
}

/** The principals with every delegate and guest principal replaced by `roster`. */
function withRosterPrincipals(principals: SessionState['principals'], roster: readonly Principal[]): SessionState['principals'] {
  const staff = Object.values(principals).filter((principal) => principal.role !== 'delegate' && principal.role !== 'guest');
  return Object.fromEntries([...staff, ...roster].map((principal) => [principal.id, principal]));
}

export function importedRoster(state: SessionState, event: EventOf<'roster.imported'>): SessionState {
  const kept = new Set(event.principals.map((principal) => principal.id));
  const dropped = Object.values(state.principals).filter((principal) => (principal.role === 'delegate' || principal.role === 'guest') && !kept.has(principal.id));
  return {
    ...state,
    seats: event.seats,
    guests: event.guests,
    principals: withRosterPrincipals(state.principals, event.principals),
    retiredGenerations: withRetired(state, dropped),
  };
}

/** The retired generations with these principals' current ones added. */
function withRetired(state: SessionState, principals: readonly Principal[]): SessionState['retiredGenerations'] {
  if (principals.length === 0) return state.retiredGenerations;
  return { ...state.retiredGenerations, ...Object.fromEntries(principals.map((principal) => [principal.id, principal.generation])) };
}

/** The state with a principal taken off the roster: its link dies, and its generation is remembered. */
function retiringPrincipal(state: SessionState, principalId: string): Pick<SessionState, 'principals' | 'retiredGenerations'> {
  const principal = findPrincipal(state, principalId);
  return { principals: withoutPrincipal(state, principalId), retiredGenerations: withRetired(state, principal ? [principal] : []) };
}

function withPrincipal(state: SessionState, principal: Principal): SessionState['principals'] {
  return { ...state.principals, [principal.id]: principal };
}

function withoutPrincipal(state: SessionState, principalId: string): SessionState['principals'] {
  return Object.fromEntries(Object.entries(state.principals).filter(([id]) => id !== principalId));
}

/** Seats in seat order. */
function sortedSeats(seats: Seat[]): Seat[] {
  return seats.slice().sort((a, b) => a.seat - b.seat);
}

export function addedSeat(state: SessionState, event: EventOf<'seat.added'>): SessionState {
  if (state.seats.some((seat) => seat.seat === event.seat.seat)) return state;
  const principals = event.principal ? withPrincipal(state, event.principal) : state.principals;
  return { ...state, seats: sortedSeats([...state.seats, event.seat]), principals };
}

export function updatedSeat(state: SessionState, event: EventOf<'seat.updated'>): SessionState {
  return { ...state, seats: state.seats.map((seat) => (seat.seat === event.seat ? { ...seat, ...definedFields(event.changes) } : seat)) };
}

export function removedSeat(state: SessionState, event: EventOf<'seat.removed'>, principalId: string): SessionState {
  return { ...state, seats: state.seats.filter((seat) => seat.seat !== event.seat), ...retiringPrincipal(state, principalId) };
}

export function vacatedSeat(state: SessionState, event: EventOf<'seat.vacated'>, principalId: string): SessionState {
  const seats = state.seats.map((seat): Seat => (seat.seat === event.seat ? { ...seat, vacantFrom: event.at, vacancyReason: event.reason } : seat));
  const principal = findPrincipal(state, principalId);
  return { ...state, seats, principals: principal ? withPrincipal(state, { ...principal, generation: event.generation }) : state.principals };
}

/** Guests in number order. */
function sortedGuests(guests: Guest[]): Guest[] {
  return guests.slice().sort((a, b) => a.number - b.number);
}

export function addedGuest(state: SessionState, event: EventOf<'guest.added'>): SessionState {
  if (state.guests.some((guest) => guest.id === event.guest.id)) return state;
  const principals = event.principal ? withPrincipal(state, event.principal) : state.principals;
  return { ...state, guests: sortedGuests([...state.guests, event.guest]), principals };
}

export function updatedGuest(state: SessionState, event: EventOf<'guest.updated'>): SessionState {
  return { ...state, guests: state.guests.map((guest) => (guest.id === event.guestId ? { ...guest, ...definedFields(event.changes) } : guest)) };
}

export function removedGuest(state: SessionState, event: EventOf<'guest.removed'>): SessionState {
  return { ...state, guests: state.guests.filter((guest) => guest.id !== event.guestId), ...retiringPrincipal(state, event.guestId) };
}
