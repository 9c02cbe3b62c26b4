/** A small open session and helpers to drive the floor through decide and apply, as the hub does. */
import { apply, decide } from '../../../../../src/shared/core';
import type { Decision } from '../../../../../src/shared/core';
import type { Command, DomainEvent, Role, SessionState } from '../../../../../src/shared/protocol';
import { NOW, sequentialIds, sessionState } from '../fixtures';

export { NOW };

/** An actor: a delegate by seat (`seat-N`), a guest (`guest-1`), or a staff role. */
export type Actor = { id: string; role: Role };
export const chair: Actor = { id: 'chair', role: 'chair' };
export const secretary: Actor = { id: 'secretary', role: 'secretary' };
export const guest: Actor = { id: 'guest-1', role: 'guest' };
export function delegate(seat: number): Actor {
  return { id: `seat-${seat}`, role: 'delegate' };
}

/** The small session, open, with a guest on the roster. */
export function openSession(): SessionState {
  return apply(sessionState(), {
    type: 'guest.added',
    guest: { id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' },
    principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 },
  });
}

/** Drives a session by commands: each accepted command's events are applied; a refusal throws. */
export class FloorDriver {
  private readonly ids = sequentialIds('f');
  constructor(public state: SessionState, public now = NOW) {}

  decide(actor: Actor, command: Command): Decision {
    return decide(this.state, command, { actor, now: this.now, newId: this.ids });
  }

  /** Gives the command; returns its events after applying them. */
  give(actor: Actor, command: Command): DomainEvent[] {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code} ${decision.message}`);
    this.state = decision.events.reduce(apply, this.state);
    return decision.events;
  }

  /** Moves the engine's clock on. */
  wait(ms: number): void {
    this.now += ms;
  }
}
