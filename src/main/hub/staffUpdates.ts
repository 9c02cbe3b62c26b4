/**
 * Live facts for staff that are not session events: who is online, who
 * follows the presenter, how far the open vote has got. A change after a quiet
 * moment goes out at once; further changes within the window are folded into
 * one update at its end, so a hall of iPads waking up (or a storm of ballots)
 * costs a few messages per staff client, and the final count still arrives
 * within one window of the last ballot.
 */
import type { HubMessage } from '../../shared/protocol';
import type { Clock, TimerHandle } from './clock';
import { systemClock } from './clock';
import type { ClientRegistry } from './ws/clientRegistry';
import { serialize } from './ws/fanOut';

export const STAFF_UPDATE_WINDOW_MS = 40;

export interface StaffUpdates {
  changed(): void;
  stop(): void;
}

export interface StaffUpdatesOptions {
  windowMs?: number;
  clock?: Clock;
}

export function createStaffUpdates(
  registry: ClientRegistry,
  current: () => HubMessage[],
  { windowMs = STAFF_UPDATE_WINDOW_MS, clock = systemClock }: StaffUpdatesOptions = {},
): StaffUpdates {
  let timer: TimerHandle | null = null;
  let lastFlush = Number.NEGATIVE_INFINITY;
  const flush = () => {
    timer = null;
    lastFlush = clock.now();
    const staff = registry.inAudience('staff');
    if (staff.size === 0) return;
    const texts = current().map(serialize);
    for (const client of staff) for (const text of texts) client.send(text);
  };
  return {
    changed() {
      if (timer !== null) return;
      // Deferred to the end of this turn of the event loop, so changes made together go out together.
      timer = clock.setTimeout(flush, Math.max(0, lastFlush + windowMs - clock.now()));
    },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
