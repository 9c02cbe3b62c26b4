/** Who a turn or a queued request belongs to, as the hall reads it: the name, and the seat with the office. */
import type { SessionState, SpeechRequest, Turn } from '../../shared/protocol';

export interface SpeakerLabel {
  name: string;
    seat: number | null;
  /** A guest (khách mời); a presenter or answerer without a device is neither seat nor guest. */
  guest: boolean;
  office: string;
}

export function turnSpeaker(state: SessionState, turn: Turn): SpeakerLabel {
  const seat = turn.seat === null ? undefined : state.seats.find((candidate) => candidate.seat === turn.seat);
  const guest = turn.principalId === null ? undefined : state.guests.find((candidate) => candidate.id === turn.principalId);
  return { name: turn.name, seat: turn.seat, guest: guest !== undefined, office: seat?.office ?? guest?.office ?? '' };
}

export function requestSpeaker(state: SessionState, request: SpeechRequest): SpeakerLabel {
  const seat = request.seat === null ? undefined : state.seats.find((candidate) => candidate.seat === request.seat);
  if (seat) return { name: seat.name, seat: seat.seat, guest: false, office: seat.office };
  const guest = state.guests.find((candidate) => candidate.id === request.principalId);
  return { name: guest?.name ?? '', seat: null, guest: guest !== undefined, office: guest?.office ?? '' };
}
