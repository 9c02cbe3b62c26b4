/**
 * "Kỳ họp mới từ kỳ họp này": the small form starts from the previous session
 * (its council and term, the next number) and sends only what the hub asks for.
 */
import type { NextSessionRequest, SessionSummary } from './catalogApi';
import { emptySessionDraft, splitTerm, withProposals } from './sessionDraft';
import type { SessionDraft } from './sessionDraft';
import type { DraftField, DraftProblems } from './validateSessionDraft';
import { validateSessionDraft } from './validateSessionDraft';

export function nextSessionDraft(previous: SessionSummary): SessionDraft {
  return withProposals({
    ...emptySessionDraft(),
    council: previous.council,
    councilLevel: previous.councilLevel,
    ...splitTerm(previous.term),
    number: previous.number === null ? '' : String(Math.min(previous.number + 1, 99)),
    kind: 'regular',
  });
}

/** The fields the next-session form shows; the rest comes from the previous session. */
function isNextSessionField(field: string): boolean {
  return ['number', 'title', 'startDate', 'endDate', 'sittings'].includes(field) || field.startsWith('sitting.');
}

export type NextSessionCheck = { ok: true; request: NextSessionRequest } | { ok: false; problems: DraftProblems };

export function validateNextSession(draft: SessionDraft): NextSessionCheck {
  const check = validateSessionDraft(draft);
  const problems: DraftProblems = {};
  if (!check.ok) {
    for (const [field, problem] of Object.entries(check.problems) as Array<[DraftField, DraftProblems[DraftField]]>) {
      if (isNextSessionField(field)) problems[field] = problem;
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const title = draft.title.trim();
  const number = draft.number.trim() ? Number(draft.number.trim()) : null;
  return {
    ok: true,
    request: {
      title,
      number,
      kind: draft.kind,
      startDate: draft.startDate,
      endDate: draft.endDate,
      sittings: draft.sittings.map((sitting) => ({ key: sitting.key, title: sitting.title.trim(), date: sitting.date, period: sitting.period })),
    },
  };
}
