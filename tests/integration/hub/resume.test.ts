import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { Principal } from '../../../src/shared/protocol';
import { LIMITS } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
  // Seat 3 is on every sitting's roll already, so its iPad's hellos add no attendance event
  // and the counts of events below stay exact.
  for (const sitting of hub.engine.state().sittings) hub.engine.execute(secretary, { type: 'attendance.set', sittingId: sitting.id, seat: 3, mark: 'present' });
});

describe('resume after a disconnect', () => {
  it('[C3] a delegate that missed events gets exactly those events after its lastSeq, and converges', async () => {
    const url = socketUrl(hub);
    const first = await TestSocket.connect(url, tokenOf(hub, 'seat-3'));
    const lastSeq = first.seq;
    expect(lastSeq).toBe(hub.engine.seq());
    first.close();
    await first.waitForClose();

    const agenda = hub.engine.state().agenda;
    for (const item of agenda.slice(0, 3)) hub.engine.execute(secretary, { type: 'agenda.setCurrent', itemId: item.id });
    hub.engine.execute(secretary, { type: 'agenda.update', itemId: agenda[0]?.id ?? '', changes: { title: 'Khai mạc (đã sửa)' } });

    const back = await TestSocket.connect(url, tokenOf(hub, 'seat-3'), { state: first.state, seq: lastSeq });
    const catchUp = back.messages[1];
    expect(catchUp?.type === 'events' && catchUp.events.map((e) => e.seq)).toEqual([lastSeq + 1, lastSeq + 2, lastSeq + 3, lastSeq + 4]);
    expect(back.messages.some((m) => m.type === 'snapshot')).toBe(false);
    expect(back.state.currentItemId).toBe(agenda[2]?.id);
    expect(back.state.agenda).toEqual(hub.engine.state().agenda);
    expect(back.seq).toBe(hub.engine.seq());
  });

  it('[C3] a client with no state gets a snapshot', async () => {
    const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'), 0);
    expect(client.messages.map((m) => m.type).slice(0, 2)).toEqual(['welcome', 'snapshot']);
    expect(client.seq).toBe(hub.engine.seq());
  });

  it('[C3] a client that is up to date gets an empty catch-up, not a snapshot', async () => {
    const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'), hub.engine.seq());
    const catchUp = client.messages[1];
    expect(catchUp).toEqual({ type: 'events', events: [] });
  });

  it(`[C3] a client more than ${LIMITS.maxReplayEvents} events behind gets a snapshot instead of a replay`, async () => {
    const seeded = hub.engine.seq();
    const agenda = hub.engine.state().agenda;
    for (let i = 0; i <= LIMITS.maxReplayEvents; i += 1) {
      hub.engine.execute(secretary, { type: 'agenda.setCurrent', itemId: agenda[i % 2]?.id ?? null });
    }
    const client = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'), 1);
    expect(client.messages[1]?.type).toBe('snapshot');
    expect(client.state.currentItemId).toBe(hub.engine.state().currentItemId);
    expect(client.seq).toBe(seeded + LIMITS.maxReplayEvents + 1);
  });
});
