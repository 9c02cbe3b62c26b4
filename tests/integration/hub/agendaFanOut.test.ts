import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

describe('agenda fan-out over real sockets', () => {
  it('a secretary changes the current item and every delegate, the chair and the screen receive it', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const delegates = await Promise.all([1, 2, 3, 4, 5].map((seat) => TestSocket.connect(url, tokenOf(hub, `seat-${seat}`))));
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    const screen = await TestSocket.connect(url, tokenOf(hub, 'screen'));
    const target = secretary.state.agenda[3];
    if (!target) throw new Error('the demo agenda has fewer than 4 items');

    const seqBefore = hub.engine.seq();
    const reply = await secretary.command({ type: 'agenda.setCurrent', itemId: target.id });
    expect(reply).toMatchObject({ type: 'ack', seq: seqBefore + 1 });
    for (const client of [...delegates, chair, screen]) {
      await client.until(() => (client.state.currentItemId === target.id ? true : undefined), 'the new current item');
      // The change came as the event right after seqBefore (a new sitting may then add the delegates' roll entries).
      const received = client.messages.flatMap((message) => (message.type === 'events' ? message.events : []));
      expect(received.find((stored) => stored.seq === seqBefore + 1)?.event).toEqual({ type: 'agenda.currentSet', itemId: target.id });
    }
    expect(hub.engine.state().currentItemId).toBe(target.id);
  });

  it('edits made by the secretary reach the delegates in order, and their state equals the hub state', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-7'));
    const sittingId = secretary.state.sittings[1]?.id ?? '';
    const added = await secretary.command({ type: 'agenda.add', sittingId, title: 'Bầu bổ sung Ủy viên UBND', kind: 'voting', presenter: 'Thư ký', notes: '', index: 6 });
    expect(added.type).toBe('ack');
    const newItem = secretary.state.agenda[6];
    expect(newItem?.title).toBe('Bầu bổ sung Ủy viên UBND');
    await secretary.command({ type: 'agenda.move', itemId: newItem?.id ?? '', toIndex: 5 });
    await secretary.command({ type: 'agenda.update', itemId: newItem?.id ?? '', changes: { presenter: 'Chủ tọa' } });
    await secretary.command({ type: 'agenda.remove', itemId: secretary.state.agenda[0]?.id ?? '' });
    await delegate.until(() => (delegate.seq === hub.engine.seq() ? true : undefined), 'the delegate to catch up');
    expect(delegate.state.agenda).toEqual(hub.engine.state().agenda);
    expect(delegate.state.agenda[4]).toMatchObject({ title: 'Bầu bổ sung Ủy viên UBND', presenter: 'Chủ tọa' });
  });

  it('[G2] an item added to the first sitting appears at the end of that sitting on a delegate, before the second sitting', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-3'));
    const [first, second] = secretary.state.sittings;
    if (!first || !second) throw new Error('the demo session has fewer than 2 sittings');
    const firstSittingSize = secretary.state.agenda.filter((item) => item.sittingId === first.id).length;
    const reply = await secretary.command({ type: 'agenda.add', sittingId: first.id, title: 'Tờ trình bổ sung', kind: 'report', presenter: '', notes: '' });
    expect(reply.type).toBe('ack');
    await delegate.until(() => (delegate.seq === hub.engine.seq() ? true : undefined), 'the delegate to catch up');
    const sittingOrder = delegate.state.agenda.map((item) => item.sittingId);
    expect(delegate.state.agenda[firstSittingSize]?.title).toBe('Tờ trình bổ sung');
    expect(sittingOrder.slice(0, firstSittingSize + 1).every((id) => id === first.id)).toBe(true);
    expect(sittingOrder.slice(firstSittingSize + 1).every((id) => id !== first.id)).toBe(true);
    expect(delegate.state.agenda).toEqual(hub.engine.state().agenda);
  });

  it('[G4] an item given the second sitting moves to its end on a delegate, in one command', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-5'));
    const [first, second] = secretary.state.sittings;
    const opening = secretary.state.agenda[0];
    if (!first || !second || opening?.sittingId !== first.id) throw new Error('the demo agenda does not open with the first sitting');
    const seqBefore = hub.engine.seq();
    const reply = await secretary.command({ type: 'agenda.update', itemId: opening.id, changes: { sittingId: second.id } });
    expect(reply.type).toBe('ack');
    expect(hub.engine.seq()).toBe(seqBefore + 2);
    await delegate.until(() => (delegate.seq === hub.engine.seq() ? true : undefined), 'the delegate to catch up');
    expect(delegate.state.agenda.at(-1)).toMatchObject({ id: opening.id, sittingId: second.id });
    const sittingOrder = delegate.state.agenda.map((item) => item.sittingId);
    expect(sittingOrder.indexOf(second.id)).toBe(sittingOrder.lastIndexOf(first.id) + 1);
    expect(delegate.state.agenda).toEqual(hub.engine.state().agenda);
  });

  it('[G3] a move out of its sitting is refused over the socket and changes nothing for the delegates', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const [first] = secretary.state.sittings;
    const lastOfFirst = secretary.state.agenda.filter((item) => item.sittingId === first?.id).at(-1);
    if (!lastOfFirst) throw new Error('the demo session has no first sitting items');
    const seqBefore = hub.engine.seq();
    const toIndex = secretary.state.agenda.indexOf(lastOfFirst) + 1;
    const reply = await secretary.command({ type: 'agenda.move', itemId: lastOfFirst.id, toIndex });
    expect(reply).toMatchObject({ type: 'error', code: 'invalid' });
    expect(hub.engine.seq()).toBe(seqBefore);
  });

  it('[C6] delegates and the screen never see pairing data, staff do', async () => {
    const url = socketUrl(hub);
    const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-1'));
    const screen = await TestSocket.connect(url, tokenOf(hub, 'screen'));
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    expect(delegate.state.principals).toEqual({});
    expect(screen.state.principals).toEqual({});
    expect(Object.keys(chair.state.principals)).toHaveLength(33);
    expect(delegate.messages.some((m) => m.type === 'pairingLinks' || m.type === 'presence')).toBe(false);
  });

  it('[T5] tells staff which delegates are online', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(url, tokenOf(hub, 'seat-12'));
    await secretary.waitFor((m) => m.type === 'presence' && m.online.includes('seat-12'), 'seat 12 online');
    const from = secretary.messages.length;
    delegate.close();
    await secretary.waitFor((m) => m.type === 'presence' && !m.online.includes('seat-12'), 'seat 12 offline', from);
  });
});
