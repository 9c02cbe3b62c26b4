import type { SessionDraft } from './sessionDraft';
import type { DraftProblems } from './validateSessionDraft';

/** What each section of a session form receives: the draft, its problems (shown after a first send), and a way to change it. */
export interface DraftSectionProps {
  draft: SessionDraft;
  problems: DraftProblems;
  change(changes: Partial<SessionDraft>): void;
  /** Read-only once the session has opened. */
  disabled?: boolean;
}
