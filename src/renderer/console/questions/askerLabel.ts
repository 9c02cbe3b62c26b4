import type { Question, SessionState } from '../../../shared/protocol';

/** The asker's name from the roster, or an empty string when the seat has none. */
export function askerName(state: SessionState, question: Question): string {
  return state.seats.find((seat) => seat.seat === question.askerSeat)?.name ?? '';
}
