/** The fan-out serialises each audience's view once, and a personal event only for the connections it concerns. */
import { describe, expect, it } from 'vitest';
import { ClientRegistry } from '../../../../../src/main/hub/ws/clientRegistry';
import type { ConnectedClient } from '../../../../../src/main/hub/ws/clientRegistry';
import { fanOutEvents } from '../../../../../src/main/hub/ws/fanOut';
import { audienceOf } from '../../../../../src/shared/core';
import type { DomainEvent, HubMessage, Principal, StoredEvent } from '../../../../../src/shared/protocol';

/** A registered client that keeps what it was sent. */
function client(registry: ClientRegistry, principal: Principal): { sent: string[] } {
  const sent: string[] = [];
  const connected: ConnectedClient = {
    principal,
    audience: audienceOf(principal.role),
    generation: principal.generation,
    following: false,
    send: (text) => sent.push(text),
    close: () => undefined,
  };
  registry.add(connected);
  return { sent };
}

function delegate(seat: number): Principal {
  return { id: `seat-${seat}`, role: 'delegate', seat, generation: 1 };
}

function stored(...events: DomainEvent[]): StoredEvent[] {
  return events.map((event, index) => ({ seq: index + 1, at: 1000 + index, event }));
}

function eventTypes(text: string | undefined): string[] {
  const message = JSON.parse(text ?? '{}') as HubMessage;
  return message.type === 'events' ? message.events.map((entry) => entry.event.type) : [];
}

describe('fanOutEvents', () => {
  const toSeatTwo: DomainEvent = { type: 'notice.sent', notice: { id: 'n', text: 'Cho ghế 2', seat: 2, sentAt: 1, acknowledgedBy: [] } };
  const current: DomainEvent = { type: 'agenda.currentSet', itemId: null };

  it('[N3] sends a notice to one seat to that seat only, and the rest of the batch to every delegate as one shared string', () => {
    const registry = new ClientRegistry();
    const [one, two, three] = [1, 2, 3].map((seat) => client(registry, delegate(seat)));
    const staff = client(registry, { id: 'secretary', role: 'secretary', seat: null, generation: 1 });
    fanOutEvents(registry, stored(current, toSeatTwo));
    expect(eventTypes(two?.sent[0])).toEqual(['agenda.currentSet', 'notice.sent']);
    expect(eventTypes(one?.sent[0])).toEqual(['agenda.currentSet']);
    expect(one?.sent[0]).toBe(three?.sent[0]);
    expect(eventTypes(staff.sent[0])).toEqual(['agenda.currentSet', 'notice.sent']);
  });

  it('[N3] sends nothing to delegates a batch of personal events does not concern', () => {
    const registry = new ClientRegistry();
    const one = client(registry, delegate(1));
    const two = client(registry, delegate(2));
    fanOutEvents(registry, stored(toSeatTwo, { type: 'notice.acknowledged', noticeId: 'n', principalId: 'seat-2', at: 5 }));
    expect(one.sent).toEqual([]);
    expect(eventTypes(two.sent[0])).toEqual(['notice.sent', 'notice.acknowledged']);
  });
});
