/**
 * Sends committed events to every connected client. Each audience's view is
 * projected and serialised once, then the same string goes to every socket of
 * that audience, so the cost per client is one send. The rare batch with a
 * personal event (a notice to one seat, an acknowledgement) is projected per
 * delegate connection instead, so it reaches only the one it concerns.
 */
import { AUDIENCES, isPersonalEvent, projectStoredEvents } from '../../../shared/core';
import type { HubMessage, StoredEvent } from '../../../shared/protocol';
import type { ClientRegistry } from './clientRegistry';

export function fanOutEvents(registry: ClientRegistry, events: readonly StoredEvent[]): void {
  for (const audience of AUDIENCES) {
    const clients = registry.inAudience(audience);
    if (clients.size === 0) continue;
    if (audience === 'delegate' && events.some(({ event }) => isPersonalEvent(event))) {
      for (const client of clients) sendVisible(client, projectStoredEvents(events, audience, client.principal));
      continue;
    }
    const visible = projectStoredEvents(events, audience);
    if (visible.length === 0) continue;
    const text = serialize({ type: 'events', events: visible });
    for (const client of clients) client.send(text);
  }
}

function sendVisible(client: { send(text: string): void }, visible: StoredEvent[]): void {
  if (visible.length > 0) client.send(serialize({ type: 'events', events: visible }));
}

export function serialize(message: HubMessage): string {
  return JSON.stringify(message);
}
