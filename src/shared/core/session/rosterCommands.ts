/**
 * Decisions about the roster: the import that replaces it, and one seat or
 * one guest at a time. Seats are delegates (`seat-N` principals); guests are
 * `guest-N` principals with the guest role, who read but never vote and are
 * never counted. A vacancy revokes the seat's link; so does removing a guest.
 */
import type { CommandOf, Guest, Principal, Seat, SeatRow, SessionState } from '../../protocol';
import { MAX_ROSTER_NUMBER, MAX_ROSTER_ROWS } from '../../protocol';
import type { Decision } from '../decision';
import { changedFields } from '../definedFields';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { seatPrincipalId } from '../principalIds';
import { numberedGuests } from './numberedGuests';
import { isSeatedAt } from './seatedCount';

function rosterSize(state: SessionState): number {
  return state.seats.length + state.guests.length;
}

function findSeat(state: SessionState, seat: number): Seat | undefined {
  return state.seats.find((candidate) => candidate.seat === seat);
}

function findGuest(state: SessionState, guestId: string): Guest | undefined {
  return state.guests.find((guest) => guest.id === guestId);
}

/** A seat from a roster row, with no empty optional fields. */
function seatFromRow(row: SeatRow): Seat {
  return {
    seat: row.seat,
    name: row.name.trim(),
    office: row.office.trim(),
    ...(row.group?.trim() ? { group: row.group.trim() } : {}),
    ...(row.role && row.role !== 'delegate' ? { role: row.role } : {}),
  };
}

/**
 * The principal of a roster entry: a person already on the roster under the same id
 * and name keeps their link (an iPad paired for the term stays paired); someone new
 * in that place gets a new generation, so the previous holder's link stops working,
 * also when that holder was taken off the roster before.
 */
function rosterPrincipal(state: SessionState, template: Omit<Principal, 'generation'>, name: string, previousName: string | undefined): Principal {
  const previous = findPrincipal(state, template.id);
  if (!previous) return { ...template, generation: (state.retiredGenerations[template.id] ?? 0) + 1 };
  return { ...template, generation: previousName === name ? previous.generation : previous.generation + 1 };
}

/** The first seat number that appears twice, or undefined. */
function repeatedNumber(numbers: readonly number[]): number | undefined {
  const seen = new Set<number>();
  for (const number of numbers) {
    if (seen.has(number)) return number;
    seen.add(number);
  }
  return undefined;
}

export function importRoster(state: SessionState, command: CommandOf<'roster.import'>): Decision {
  const rows = command.seats.length + command.guests.length;
  if (rows > MAX_ROSTER_ROWS) return reject('roster_too_large', `A roster holds at most ${MAX_ROSTER_ROWS} rows, not ${rows}`);
  if (command.seats.length === 0) return reject('invalid', 'A roster needs at least one delegate');
  const duplicateSeat = repeatedNumber(command.seats.map((row) => row.seat));
  if (duplicateSeat !== undefined) return reject('duplicate_seat', `Seat ${duplicateSeat} appears twice`);
  const blank = [...command.seats, ...command.guests].find((row) => row.name.trim() === '');
  if (blank) return reject('invalid', 'Every row needs a name');
  const duplicateGuest = repeatedNumber(command.guests.flatMap((row) => (row.number === undefined ? [] : [row.number])));
  if (duplicateGuest !== undefined) return reject('invalid', `Guest number ${duplicateGuest} appears twice`);
  const guests = numberedGuests(command.guests, []);
  if (guests.some((guest) => guest.number > MAX_ROSTER_NUMBER)) return reject('invalid', `Guest numbers go up to ${MAX_ROSTER_NUMBER}`);
  const seatsBefore = new Map(state.seats.map((seat) => [seat.seat, seat]));
  const guestsBefore = new Map(state.guests.map((guest) => [guest.id, guest]));
  const seats = command.seats.map((row): Seat => {
    const seat = seatFromRow(row);
    const before = seatsBefore.get(seat.seat);
    // The same person still in the same seat keeps a vacancy recorded in the console.
    if (before?.vacantFrom === undefined || before.name !== seat.name) return seat;
    return { ...seat, vacantFrom: before.vacantFrom, ...(before.vacancyReason === undefined ? {} : { vacancyReason: before.vacancyReason }) };
  });
  const principals = [
    ...seats.map((seat) => rosterPrincipal(state, { id: seatPrincipalId(seat.seat), role: 'delegate', seat: seat.seat }, seat.name, seatsBefore.get(seat.seat)?.name)),
    ...guests.map((guest) => rosterPrincipal(state, { id: guest.id, role: 'guest', seat: null }, guest.name, guestsBefore.get(guest.id)?.name)),
  ];
  return accept({ type: 'roster.imported', seats: seats.sort((a, b) => a.seat - b.seat), guests, principals });
}

export function addSeat(state: SessionState, command: CommandOf<'seat.add'>): Decision {
  if (findSeat(state, command.seat.seat)) return reject('duplicate_seat', `Seat ${command.seat.seat} is taken`);
  if (rosterSize(state) >= MAX_ROSTER_ROWS) return reject('roster_too_large', `A roster holds at most ${MAX_ROSTER_ROWS} rows`);
  if (command.seat.name.trim() === '') return reject('invalid', 'A delegate needs a name');
  const seat = seatFromRow(command.seat);
  const principal = rosterPrincipal(state, { id: seatPrincipalId(seat.seat), role: 'delegate', seat: seat.seat }, seat.name, undefined);
  return accept({ type: 'seat.added', seat, principal });
}

export function updateSeat(state: SessionState, command: CommandOf<'seat.update'>): Decision {
  const seat = findSeat(state, command.seat);
  if (!seat) return reject('unknown_seat', `No seat ${command.seat}`);
  const changes = changedFields<SeatRow>(seat, command.changes);
  if (Object.keys(changes).length === 0) return accept();
  return accept({ type: 'seat.updated', seat: seat.seat, changes });
}

/** The first vote whose base counted the seat: opened while the seat was seated. */
function voteCountingSeat(state: SessionState, seat: Seat): string | undefined {
  return state.votes.find((vote) => vote.status !== 'created' && isSeatedAt(seat, vote.openedAt))?.title;
}

export function removeSeat(state: SessionState, command: CommandOf<'seat.remove'>): Decision {
  const seat = findSeat(state, command.seat);
  if (!seat) return reject('unknown_seat', `No seat ${command.seat}`);
  const vote = voteCountingSeat(state, seat);
  if (vote !== undefined) return reject('seat_has_ballots', `Seat ${seat.seat} counted in the vote "${vote}"; vacate it instead`);
  return accept({ type: 'seat.removed', seat: seat.seat });
}

export function vacateSeat(state: SessionState, command: CommandOf<'seat.vacate'>): Decision {
  const seat = findSeat(state, command.seat);
  if (!seat) return reject('unknown_seat', `No seat ${command.seat}`);
  if (seat.vacantFrom !== undefined) return reject('invalid', `Seat ${seat.seat} is already vacant`);
  // A vote opened at or after `at` counted this seat as seated; a vacancy before it would change its base.
  const counted = state.votes.find((vote) => vote.status !== 'created' && vote.openedAt >= command.at);
  if (counted) return reject('invalid', `The vote "${counted.title}" opened after that moment and counted this seat; the vacancy starts later`);
  const generation = (findPrincipal(state, seatPrincipalId(seat.seat))?.generation ?? 0) + 1;
  return accept({ type: 'seat.vacated', seat: seat.seat, at: command.at, reason: command.reason.trim(), generation });
}

export function addGuest(state: SessionState, command: CommandOf<'guest.add'>): Decision {
  if (rosterSize(state) >= MAX_ROSTER_ROWS) return reject('roster_too_large', `A roster holds at most ${MAX_ROSTER_ROWS} rows`);
  if (command.guest.name.trim() === '') return reject('invalid', 'A guest needs a name');
  if (command.guest.number !== undefined && state.guests.some((guest) => guest.number === command.guest.number)) {
    return reject('invalid', `Guest number ${command.guest.number} is taken`);
  }
  const [guest] = numberedGuests([{ ...command.guest, name: command.guest.name.trim(), office: command.guest.office.trim() }], state.guests);
  if (!guest || guest.number > MAX_ROSTER_NUMBER) return reject('invalid', `Guest numbers go up to ${MAX_ROSTER_NUMBER}`);
  const principal = rosterPrincipal(state, { id: guest.id, role: 'guest', seat: null }, guest.name, undefined);
  return accept({ type: 'guest.added', guest, principal });
}

export function updateGuest(state: SessionState, command: CommandOf<'guest.update'>): Decision {
  const guest = findGuest(state, command.guestId);
  if (!guest) return reject('unknown_guest', `No guest ${command.guestId}`);
  const changes = changedFields<Omit<Guest, 'id' | 'number'>>(guest, command.changes);
  if (Object.keys(changes).length === 0) return accept();
  return accept({ type: 'guest.updated', guestId: guest.id, changes });
}

export function removeGuest(state: SessionState, command: CommandOf<'guest.remove'>): Decision {
  const guest = findGuest(state, command.guestId);
  if (!guest) return reject('unknown_guest', `No guest ${command.guestId}`);
  return accept({ type: 'guest.removed', guestId: guest.id });
}
