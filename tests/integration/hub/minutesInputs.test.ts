/** The minutes' inputs over real sockets: bad input is refused and changes nothing, and delegates never see them. */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { resolutionCommand } from '../../helpers/voting';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

describe('the minutes’ inputs over real sockets', () => {
  it('refuse a note too long, a note on an unknown item and a board for a resolution; nothing changes and the hub answers on', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const itemId = hub.engine.state().agenda[0]?.id ?? '';
    const seqBefore = hub.engine.seq();

    const tooLong = await secretary.command({ type: 'minutes.noteSet', itemId, text: 'a'.repeat(4001) });
    expect(tooLong).toMatchObject({ type: 'error', code: 'bad_message' });
    const unknown = await secretary.command({ type: 'minutes.noteSet', itemId: 'no-such-item', text: 'Ghi chép' });
    expect(unknown).toMatchObject({ type: 'error', code: 'not_found' });
    expect((await secretary.command(resolutionCommand())).type).toBe('ack');
    const voteId = hub.engine.state().votes.at(-1)?.id ?? '';
    const notSecret = await secretary.command({ type: 'vote.countingBoardSet', voteId, members: [{ name: 'Lê Văn Cường', role: 'head' }] });
    expect(notSecret).toMatchObject({ type: 'error', code: 'not_secret_ballot' });
    expect(hub.engine.seq()).toBe(seqBefore + 1);
    expect(hub.engine.state().minutesNotes).toEqual({});
    expect(hub.engine.state().countingBoards).toEqual({});

    expect((await secretary.command({ type: 'minutes.noteSet', itemId, text: 'Ghi chép hợp lệ' })).type).toBe('ack');
    expect(hub.engine.state().minutesNotes).toEqual({ [itemId]: 'Ghi chép hợp lệ' });
    secretary.close();
  });

  it('reach the secretary and the chair, never a delegate or the screen', async () => {
    const url = socketUrl(hub);
    const [secretary, chair, delegate, screen] = await Promise.all(['secretary', 'chair', 'seat-1', 'screen'].map((id) => TestSocket.connect(url, tokenOf(hub, id))));
    if (!secretary || !chair || !delegate || !screen) throw new Error('sockets missing');
    const itemId = hub.engine.state().agenda[0]?.id ?? '';
    expect((await secretary.command({ type: 'minutes.noteSet', itemId, text: 'Chỉ thư ký và chủ tọa thấy' })).type).toBe('ack');
    await chair.until(() => chair.state.minutesNotes[itemId], 'the note at the chair');
    // A later event that every audience receives: once it arrives, the note would have too.
    expect((await secretary.command({ type: 'screen.setMode', mode: 'clock' })).type).toBe('ack');
    for (const viewer of [delegate, screen]) {
      await viewer.until(() => (viewer.state.screen.mode === 'clock' ? true : undefined), 'the screen mode');
      expect(viewer.state.minutesNotes).toEqual({});
      expect(viewer.messages.some((message) => message.type === 'events' && message.events.some((stored) => stored.event.type === 'minutes.noteSet'))).toBe(false);
    }
    const late = await TestSocket.connect(url, tokenOf(hub, 'seat-2'));
    expect(late.state.minutesNotes).toEqual({});
    for (const socket of [secretary, chair, delegate, screen, late]) socket.close();
  });
});
