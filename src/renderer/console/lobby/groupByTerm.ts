/** The lobby's list: sessions grouped by council term, the most recent term and session first. */
import type { SessionSummary } from './catalogApi';

export interface TermGroup {
  termId: string;
  council: string;
  term: string;
  sessions: SessionSummary[];
}

/** When a session happens, for ordering: its opening day, else when it was created. */
function sortKey(session: SessionSummary): string {
  return `${session.startDate ?? ''}|${String(session.createdAt).padStart(16, '0')}`;
}

export function groupByTerm(sessions: readonly SessionSummary[]): TermGroup[] {
  const newestFirst = [...sessions].sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  const groups = new Map<string, TermGroup>();
  for (const session of newestFirst) {
    const group = groups.get(session.termId);
    if (group) group.sessions.push(session);
    // The newest session names the group: a council renamed during the term shows its current name.
    else groups.set(session.termId, { termId: session.termId, council: session.council, term: session.term, sessions: [session] });
  }
  return [...groups.values()];
}
