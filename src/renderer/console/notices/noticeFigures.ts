/** The figures the console shows beside notices and help requests. */
import { isSeatedAt } from '../../../shared/core';
import type { HelpRequest, Notice, SessionState } from '../../../shared/protocol';

/** How many of those a notice went to (the delegates seated when it was sent, and the guests) acknowledged it: "đã nhận 27/30". */
export function acknowledgedFigures(state: SessionState, notice: Notice): { count: number; total: number } {
  const total = notice.seat === null ? state.seats.filter((seat) => isSeatedAt(seat, notice.sentAt)).length + state.guests.length : 1;
  return { count: Math.min(notice.acknowledgedBy.length, total), total };
}

/** Requests not yet handled first (oldest first, the order they came in), then the handled ones, latest handled first. */
export function helpRequestsInOrder(requests: readonly HelpRequest[]): HelpRequest[] {
  const open = requests.filter((request) => request.resolvedAt === null);
  const handled = requests.filter((request) => request.resolvedAt !== null).sort((a, b) => (b.resolvedAt ?? 0) - (a.resolvedAt ?? 0));
  return [...open, ...handled];
}

export function openHelpRequests(requests: readonly HelpRequest[]): HelpRequest[] {
  return requests.filter((request) => request.resolvedAt === null);
}

/** Who sent a request: the seat's delegate, or the guest, by name. */
export function helpSender(state: SessionState, request: HelpRequest): { seat: number; name: string } | { guest: string } {
  if (request.seat !== null) return { seat: request.seat, name: state.seats.find((seat) => seat.seat === request.seat)?.name ?? '' };
  return { guest: state.guests.find((guest) => guest.id === request.principalId)?.name ?? request.principalId };
}
