/**
 * Live facts for staff that are not session events: who is online, who
 * follows the presenter, how far the open vote has got. A change after a quiet
 * moment goes out at once; further changes within the window are folded into
 * one update at its end, so a hall of iPads waking up (or a storm of ballots)
 * costs a few messages per staff client, and the final count still arrives
 * within one window of the last ballot.
 */
import type { HubMessage } from '../../shared/protocol';
import type { ClientRegistry } from './ws/clientRegistry';
import { serialize } from './ws/fanOut';

export interface StaffUpdates {
  changed(): void;
  stop(): void;
}

export function createStaffUpdates(registry: ClientRegistry, current: () => HubMessage[], windowMs = 40): StaffUpdates {
  let timer: NodeJS.Timeout | null = null;
  let lastFlush = Number.NEGATIVE_INFINITY;
  const flush = () => {
    timer = null;
    lastFlush = Date.now();
    const staff = registry.inAudience('staff');
    if (staff.size === 0) return;
    const texts = current().map(serialize);
    for (const client of staff) for (const text of texts) client.send(text);
  };
  return {
    changed() {
      if (timer) return;
      // Deferred to the end of this turn of the event loop, so changes made together go out together.
      timer = setTimeout(flush, Math.max(0, lastFlush + windowMs - Date.now()));
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
