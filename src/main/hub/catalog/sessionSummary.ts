/** What the session list shows of a session, read from its state. */
import type { SessionState, SessionSummary } from '../../../shared/protocol';

/** The summary of a session's state; null for a state with no session yet. */
export function summaryOf(state: SessionState, createdAt: number): SessionSummary | null {
  const session = state.session;
  if (!session) return null;
  return {
    id: session.id,
    title: session.title,
    council: session.council,
    councilLevel: session.councilLevel,
    term: session.term,
    number: session.number,
    kind: session.kind,
    status: session.status,
    startDate: session.startDate,
    endDate: session.endDate,
    termId: session.termId,
    seats: state.seats.length,
    guests: state.guests.length,
    createdAt,
  };
}
