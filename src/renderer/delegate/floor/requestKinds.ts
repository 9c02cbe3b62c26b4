import type { SessionSettings, SpeechKind } from '../../../shared/protocol';
import type { Role } from '../../../shared/protocol';

/** The kinds a delegate registers for from the iPad; an answer or a report is given by the chair. */
const DELEGATE_KINDS: readonly SpeechKind[] = ['discussion', 'question', 'rebuttal', 'pointOfOrder'];

/** What this device may request: a delegate the usual kinds; a guest only to answer, when the session allows it. */
export function requestKindsFor(role: Role, settings: SessionSettings): readonly SpeechKind[] {
  if (role === 'delegate') return DELEGATE_KINDS;
  if (role === 'guest' && settings.guestsMayAnswer) return ['answer'];
  return [];
}
