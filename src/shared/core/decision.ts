/** The outcome of deciding a command, and the context a decision may use. */
import type { DomainEvent, Role } from '../protocol';

export interface DecideContext {
  actor: { id: string; role: Role };
  /** Milliseconds since the epoch. */
  now: number;
  /** Returns a fresh id, unique within the session. */
  newId: () => string;
}

export type RejectionCode = 'forbidden' | 'not_found' | 'invalid';
export type Rejection = { ok: false; code: RejectionCode; message: string };
export type Decision = { ok: true; events: DomainEvent[] } | Rejection;

export function accept(...events: DomainEvent[]): { ok: true; events: DomainEvent[] } {
  return { ok: true, events };
}

export function reject(code: RejectionCode, message: string): Rejection {
  return { ok: false, code, message };
}
