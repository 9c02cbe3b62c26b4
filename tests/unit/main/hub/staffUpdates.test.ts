/** Staff updates folded into one per window, driven by a clock that moves only when the test moves it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createStaffUpdates, STAFF_UPDATE_WINDOW_MS } from '../../../../src/main/hub/staffUpdates';
import { ClientRegistry } from '../../../../src/main/hub/ws/clientRegistry';
import type { ConnectedClient } from '../../../../src/main/hub/ws/clientRegistry';
import type { Audience } from '../../../../src/shared/core';
import type { HubMessage, Principal } from '../../../../src/shared/protocol';
import { ManualClock } from '../../../helpers/manualClock';

let clock: ManualClock;
let registry: ClientRegistry;
/** What staff are told: who is online, a list the test changes between updates. */
let online: string[];

beforeEach(() => {
  clock = new ManualClock();
  registry = new ClientRegistry();
  online = [];
});

const current = (): HubMessage[] => [{ type: 'presence', online: [...online] }];

/** A connected client that records what it is sent. */
function connect(id: string, role: Principal['role'], audience: Audience): { received: HubMessage[] } {
  const received: HubMessage[] = [];
  const client: ConnectedClient = {
    principal: { id, role, seat: null, generation: 1 },
    audience,
    following: false,
    generation: 1,
    send: (text) => received.push(JSON.parse(text) as HubMessage),
    close: () => undefined,
  };
  registry.add(client);
  return { received };
}

describe('staff updates', () => {
  it('sends a change after a quiet moment at the end of the current turn, once for changes made together', () => {
    const secretary = connect('secretary', 'secretary', 'staff');
    const updates = createStaffUpdates(registry, current, { clock });
    online = ['seat-1'];
    updates.changed();
    online = ['seat-1', 'seat-2'];
    updates.changed();
    expect(secretary.received).toEqual([]);
    clock.advance(0);
    expect(secretary.received).toEqual([{ type: 'presence', online: ['seat-1', 'seat-2'] }]);
  });

  it('folds the changes within the window into one update at its end, with the newest facts', () => {
    const chair = connect('chair', 'chair', 'staff');
    const updates = createStaffUpdates(registry, current, { clock });
    online = ['seat-1'];
    updates.changed();
    clock.advance(0);
    for (const seat of [2, 3, 4]) {
      clock.advance(10);
      online = [...online, `seat-${seat}`];
      updates.changed();
    }
    clock.advance(STAFF_UPDATE_WINDOW_MS - 30 - 1);
    expect(chair.received).toHaveLength(1);
    clock.advance(1);
    expect(chair.received).toEqual([
      { type: 'presence', online: ['seat-1'] },
      { type: 'presence', online: ['seat-1', 'seat-2', 'seat-3', 'seat-4'] },
    ]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('sends at most one update per window during a storm of changes', () => {
    const secretary = connect('secretary', 'secretary', 'staff');
    const updates = createStaffUpdates(registry, current, { clock });
    // A change every 5 ms for 400 ms.
    for (let step = 0; step < 80; step += 1) {
      online = [`seat-${step}`];
      updates.changed();
      clock.advance(5);
    }
    clock.advance(STAFF_UPDATE_WINDOW_MS);
    expect(secretary.received).toHaveLength(400 / STAFF_UPDATE_WINDOW_MS + 1);
    expect(secretary.received.at(-1)).toEqual({ type: 'presence', online: ['seat-79'] });
  });

  it('tells staff only, and builds nothing when no staff is connected', () => {
    const delegate = connect('seat-1', 'delegate', 'delegate');
    const screen = connect('screen', 'screen', 'screen');
    let built = 0;
    const updates = createStaffUpdates(registry, () => {
      built += 1;
      return current();
    }, { clock });
    updates.changed();
    clock.advance(STAFF_UPDATE_WINDOW_MS);
    expect(built).toBe(0);
    const secretary = connect('secretary', 'secretary', 'staff');
    updates.changed();
    clock.advance(STAFF_UPDATE_WINDOW_MS);
    expect(built).toBe(1);
    expect(secretary.received).toHaveLength(1);
    expect(delegate.received).toEqual([]);
    expect(screen.received).toEqual([]);
  });

  it('sends nothing after stop, even for a change still waiting for its window', () => {
    const secretary = connect('secretary', 'secretary', 'staff');
    const updates = createStaffUpdates(registry, current, { clock });
    updates.changed();
    updates.stop();
    clock.advance(10 * STAFF_UPDATE_WINDOW_MS);
    expect(secretary.received).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
