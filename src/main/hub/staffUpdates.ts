/**
 * Live facts for staff that are not session events: who is online, who
 * follows the presenter, how far the open vote has got. Changes are coalesced
 * for a short moment, so a hall of iPads waking up (or a storm of ballots)
 * costs a few messages per staff client, not one per iPad.
 */
import type { HubMessage } from '../../shared/protocol';
import type { ClientRegistry } from './ws/clientRegistry';
import { serialize } from './ws/fanOut';

export interface StaffUpdates {
  changed(): void;
  stop(): void;
}

export function createStaffUpdates(registry: ClientRegistry, current: () => HubMessage[], delayMs = 100): StaffUpdates {
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const texts = current().map(serialize);
    for (const client of registry.inAudience('staff')) for (const text of texts) client.send(text);
  };
  return {
    changed() {
      timer ??= setTimeout(flush, delayMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
