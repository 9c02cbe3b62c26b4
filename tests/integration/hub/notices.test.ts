/**
 * Notices and help requests over real sockets: who receives what, the help
 * rate limit per seat, and notices too large or empty, each refused with a
 * clear error while the hub stays up and unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoSession } from '../../../src/main/hub/demoSession';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { LIMITS, NOTICE_LIMITS } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dir: string;
let hub: Hub;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { seed: { ...demoSession(), guests: [{ name: 'Trần Quốc Bảo', office: 'Giám đốc Sở Tài chính', role: 'guest' }] } });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await hub.stop();
  removeDataDir(dir);
});

async function connect(principalId: string): Promise<TestSocket> {
  const socket = await TestSocket.connect(socketUrl(hub), tokenOf(hub, principalId));
  sockets.push(socket);
  return socket;
}

/** Every event type a socket received since `from`. */
function eventTypes(socket: TestSocket, from = 0): string[] {
  return socket.messages.slice(from).flatMap((message) => (message.type === 'events' ? message.events.map((stored) => stored.event.type) : []));
}

function ackOrError(reply: HubMessage): string {
  return reply.type === 'error' ? reply.code : reply.type;
}

/** Waits until the hub's seq reached `seq` on every socket given, so nothing more is on its way. */
async function settled(seq: number, ...clients: TestSocket[]): Promise<void> {
  const marker = await connect('secretary');
  await marker.command({ type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[1]?.id ?? null });
  for (const client of clients) await client.until(() => (client.seq > seq ? true : undefined), 'the marker event');
}

describe('who receives notices and help requests', () => {
  it('[N3] delivers a notice to every iPad to each delegate and guest, not to the big screen', async () => {
    const [secretary, seatOne, seatTwo, guest, screen] = await Promise.all(['secretary', 'seat-1', 'seat-2', 'guest-1', 'screen'].map(connect));
    if (!secretary || !seatOne || !seatTwo || !guest || !screen) throw new Error('sockets missing');
    expect(await secretary.command({ type: 'notice.send', text: 'Tài liệu bổ sung cho nội dung 5' })).toMatchObject({ type: 'ack' });
    for (const device of [seatOne, seatTwo, guest]) {
      const notice = await device.until(() => device.state.notices[0], 'the notice');
      expect(notice).toMatchObject({ text: 'Tài liệu bổ sung cho nội dung 5', seat: null, acknowledgedBy: [] });
    }
    await settled(hub.engine.seq(), screen);
    expect(screen.state.notices).toEqual([]);
    expect(eventTypes(screen)).not.toContain('notice.sent');
  });

  it('[N3] [N2] delivers a notice to one seat to that seat only, and its acknowledgement to the staff and that seat only', async () => {
    const [secretary, chair, seatThree, seatFour, guest] = await Promise.all(['secretary', 'chair', 'seat-3', 'seat-4', 'guest-1'].map(connect));
    if (!secretary || !chair || !seatThree || !seatFour || !guest) throw new Error('sockets missing');
    await secretary.command({ type: 'notice.send', text: 'Mời đại biểu ghế 3 lên bục', seat: 3 });
    const notice = await seatThree.until(() => seatThree.state.notices[0], 'the notice on seat 3');
    expect(await seatThree.command({ type: 'notice.acknowledge', noticeId: notice.id })).toMatchObject({ type: 'ack' });
    await seatThree.until(() => (seatThree.state.notices[0]?.acknowledgedBy.includes('seat-3') ? true : undefined), 'its own acknowledgement');
    await chair.until(() => (chair.state.notices[0]?.acknowledgedBy.includes('seat-3') ? true : undefined), 'the chair to see the acknowledgement');
    await settled(hub.engine.seq(), seatFour, guest);
    for (const other of [seatFour, guest]) {
      expect(other.state.notices).toEqual([]);
      expect(eventTypes(other)).not.toContain('notice.sent');
      expect(eventTypes(other)).not.toContain('notice.acknowledged');
    }
    // Another seat cannot acknowledge it: to seat 4 it does not exist.
    const seqBefore = hub.engine.seq();
    expect(await seatFour.command({ type: 'notice.acknowledge', noticeId: notice.id })).toMatchObject({ type: 'error', code: 'not_found' });
    expect(hub.engine.seq()).toBe(seqBefore);
  });

  it('[N3] never shows a delegate the others\' acknowledgements, and a device that joins gets only the notices it has not acknowledged', async () => {
    const [secretary, seatFive, seatSix] = await Promise.all(['secretary', 'seat-5', 'seat-6'].map(connect));
    if (!secretary || !seatFive || !seatSix) throw new Error('sockets missing');
    await secretary.command({ type: 'notice.send', text: 'Thông báo thứ nhất' });
    await secretary.command({ type: 'notice.send', text: 'Thông báo thứ hai' });
    await seatFive.until(() => (seatFive.state.notices.length === 2 ? true : undefined), 'both notices');
    const [first] = seatFive.state.notices;
    await seatFive.command({ type: 'notice.acknowledge', noticeId: first?.id ?? '' });
    await settled(hub.engine.seq(), seatSix);
    expect(seatSix.state.notices.map((notice) => notice.acknowledgedBy)).toEqual([[], []]);

    const rejoined = await connect('seat-5');
    expect(rejoined.state.notices.map((notice) => notice.text)).toEqual(['Thông báo thứ hai']);
    const fresh = await connect('seat-7');
    expect(fresh.state.notices.map((notice) => notice.text)).toEqual(['Thông báo thứ nhất', 'Thông báo thứ hai']);
  });

  it('[N3] [N5] brings a help request and a note to the secretary and the chair with the seat, never to delegates or the screen', async () => {
    const [secretary, chair, seatEight, seatNine, screen] = await Promise.all(['secretary', 'chair', 'seat-8', 'seat-9', 'screen'].map(connect));
    if (!secretary || !chair || !seatEight || !seatNine || !screen) throw new Error('sockets missing');
    expect(await seatEight.command({ type: 'help.request', kind: 'technical' })).toMatchObject({ type: 'ack' });
    expect(await seatEight.command({ type: 'help.request', kind: 'note', text: 'Xin bản in tờ trình số 12' })).toMatchObject({ type: 'ack' });
    for (const staff of [secretary, chair]) {
      const requests = await staff.until(() => (staff.state.helpRequests.length === 2 ? staff.state.helpRequests : undefined), 'both requests');
      expect(requests).toMatchObject([
        { principalId: 'seat-8', seat: 8, kind: 'technical', text: '', resolvedAt: null },
        { principalId: 'seat-8', seat: 8, kind: 'note', text: 'Xin bản in tờ trình số 12', resolvedAt: null },
      ]);
    }
    const [first] = secretary.state.helpRequests;
    expect(await secretary.command({ type: 'help.resolve', requestId: first?.id ?? '' })).toMatchObject({ type: 'ack' });
    await chair.until(() => (chair.state.helpRequests[0]?.resolvedAt !== null ? true : undefined), 'the chair to see it handled');
    await settled(hub.engine.seq(), seatEight, seatNine, screen);
    for (const other of [seatEight, seatNine, screen]) {
      expect(other.state.helpRequests).toEqual([]);
      expect(eventTypes(other).filter((type) => type.startsWith('help.'))).toEqual([]);
    }
  });
});

describe('the help rate limit', () => {
  it(`[N4] lets the first ${NOTICE_LIMITS.helpPerWindow} of 1,000 help requests from one seat through, refuses the rest with rate_limited, and other seats are unaffected`, async () => {
    const [secretary, flooder, neighbour] = await Promise.all(['secretary', 'seat-10', 'seat-11'].map(connect));
    if (!secretary || !flooder || !neighbour) throw new Error('sockets missing');
    const from = flooder.messages.length;
    for (let index = 0; index < 1000; index += 1) flooder.send({ type: 'command', requestId: `flood-${index}`, command: { type: 'help.request', kind: 'technical' } });
    // The socket's own limit closes a sender that keeps flooding; every reply it got first is an ack or rate_limited.
    await flooder.waitForClose('the flooder to be cut off');
    const replies = flooder.messages.slice(from).filter((message) => message.type === 'ack' || message.type === 'error');
    expect(replies.filter((message) => message.type === 'ack')).toHaveLength(NOTICE_LIMITS.helpPerWindow);
    expect(replies.filter((message) => message.type === 'error').every((message) => message.type === 'error' && message.code === 'rate_limited')).toBe(true);
    expect(hub.engine.state().helpRequests.filter((request) => request.principalId === 'seat-10')).toHaveLength(NOTICE_LIMITS.helpPerWindow);

    // The limit is the seat's, not the connection's: a new connection within the minute is still refused.
    const again = await connect('seat-10');
    expect(ackOrError(await again.command({ type: 'help.request', kind: 'technical' }))).toBe('rate_limited');
    expect(ackOrError(await neighbour.command({ type: 'help.request', kind: 'note', text: 'Micro ghế 11 không nghe' }))).toBe('ack');
    await secretary.until(() => (secretary.state.helpRequests.some((request) => request.principalId === 'seat-11') ? true : undefined), 'the neighbour request');
    const health = (await fetch(`${hub.localUrl}/healthz`).then((response) => response.json())) as { ok: boolean };
    expect(health.ok).toBe(true);
  });
});

describe('after a restart', () => {
  it('[N4] [N3] keeps the notices, their acknowledgements and the help requests, and the help limit still holds', async () => {
    const secretary = await connect('secretary');
    const seat = await connect('seat-12');
    await secretary.command({ type: 'notice.send', text: 'Thông báo trước khi khởi động lại' });
    const notice = await seat.until(() => seat.state.notices[0], 'the notice');
    await seat.command({ type: 'notice.acknowledge', noticeId: notice.id });
    for (let index = 0; index < NOTICE_LIMITS.helpPerWindow; index += 1) expect(ackOrError(await seat.command({ type: 'help.request', kind: 'technical' }))).toBe('ack');
    const before = hub.engine.state();
    for (const socket of sockets.splice(0)) socket.close();
    await hub.stop();

    hub = await startTestHub(dir);
    expect(hub.engine.state().notices).toEqual(before.notices);
    expect(hub.engine.state().helpRequests).toEqual(before.helpRequests);
    const again = await connect('seat-12');
    expect(again.state.notices).toEqual([]);
    expect(ackOrError(await again.command({ type: 'help.request', kind: 'technical' }))).toBe('rate_limited');
  });
});

describe('notices too large or empty', () => {
  async function expectUnchanged(seq: number, secretary: TestSocket): Promise<void> {
    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().notices).toEqual([]);
    // The hub still takes a good notice from a fresh connection.
    const after = secretary.closeCode === null ? secretary : await connect('secretary');
    expect(await after.command({ type: 'notice.send', text: 'Thông báo hợp lệ' })).toMatchObject({ type: 'ack' });
  }

  it('[N1] closes the socket that sends a 10 MB notice (1009, past the frame cap) and stores nothing', async () => {
    const secretary = await connect('secretary');
    const seq = hub.engine.seq();
    secretary.send({ type: 'command', requestId: 'huge', command: { type: 'notice.send', text: 'a'.repeat(10 * 1024 * 1024) } });
    expect(await secretary.waitForClose()).toBe(1009);
    await expectUnchanged(seq, secretary);
  });

  it(`[N1] answers a notice over the ${LIMITS.maxMessageBytes}-byte message cap with too_large, and one over ${NOTICE_LIMITS.noticeText} characters or empty with bad_message`, async () => {
    const secretary = await connect('secretary');
    const seq = hub.engine.seq();
    // Past the message cap the hub does not read the message, so the error names no request.
    const from = secretary.messages.length;
    secretary.send({ type: 'command', requestId: 'big', command: { type: 'notice.send', text: 'a'.repeat(LIMITS.maxMessageBytes) } });
    await secretary.waitFor((message) => message.type === 'error' && message.code === 'too_large', 'too_large', from);
    const long = await secretary.command({ type: 'notice.send', text: 'a'.repeat(NOTICE_LIMITS.noticeText + 1) }, 'long');
    expect(long).toMatchObject({ type: 'error', code: 'bad_message' });
    expect(long.type === 'error' ? long.message : '').toContain('text');
    expect(await secretary.command({ type: 'notice.send', text: '   ' }, 'empty')).toMatchObject({ type: 'error', code: 'bad_message' });
    await expectUnchanged(seq, secretary);
  });
});
