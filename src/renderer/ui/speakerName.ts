import type { SessionState, SpeechRequest } from '../../shared/protocol';

/** Who made a request, as the hall knows them: the seat holder's name, or the guest's. */
export function requesterName(state: SessionState, request: SpeechRequest): string {
  if (request.seat !== null) return state.seats.find((seat) => seat.seat === request.seat)?.name ?? '';
  return state.guests.find((guest) => guest.id === request.principalId)?.name ?? '';
}
