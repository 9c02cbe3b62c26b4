/**
 * Sends committed events to every connected client. Each audience's view is
 * projected and serialised once, then the same string goes to every socket of
 * that audience, so the cost per client is one send. A personal event (a
 * notice to one seat, an acknowledgement) is left out of that shared view;
 * only the delegate connections it concerns get a view of their own with it.
 */
import { AUDIENCES, concernsViewer, isPersonalEvent, projectStoredEvents } from '../../../shared/core';
import type { HubMessage, StoredEvent } from '../../../shared/protocol';
import type { ClientRegistry } from './clientRegistry';

export function fanOutEvents(registry: ClientRegistry, events: readonly StoredEvent[]): void {
  for (const audience of AUDIENCES) {
    const clients = registry.inAudience(audience);
    if (clients.size === 0) continue;
    const visible = projectStoredEvents(events, audience);
    const text = visible.length === 0 ? null : serialize({ type: 'events', events: visible });
    // Found once per commit: most commits hold no personal event, and then every socket gets the shared text.
    const personal = audience === 'delegate' ? events.filter(({ event }) => isPersonalEvent(event)) : [];
    for (const client of clients) {
      if (personal.length > 0 && personal.some(({ event }) => concernsViewer(event, client.principal))) {
        client.send(serialize({ type: 'events', events: projectStoredEvents(events, audience, client.principal) }));
      } else if (text !== null) client.send(text);
    }
  }
}

export function serialize(message: HubMessage): string {
  return JSON.stringify(message);
}
