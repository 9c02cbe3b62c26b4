/**
 * Guests (khách mời) over real sockets: their links, their iPads reading like a
 * delegate's, and everything a guest must never do or count towards.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { CLOSE_CODES } from '../../../src/shared/protocol';
import { sessionWithGuests } from '../../helpers/sessionWithGuests';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';
import { TestSocket } from '../../helpers/testSocket';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';
import { ballot, createVote, resolutionCommand } from '../../helpers/voting';

const SEATS = 5;
const GUESTS = 3;
let hub: Hub;
useFreshHub(
  (fresh) => {
    hub = fresh;
  },
  { seed: sessionWithGuests(SEATS, GUESTS), seedDocumentsDir: undefined },
);

describe('guests over real sockets', () => {
  it('lists every guest’s link after the delegates’, by number, with the guest’s name, opening the iPad app', () => {
    const links = hub.pairingLinks();
    expect(links.map((link) => link.principalId)).toEqual(['secretary', 'chair', 'screen', 'seat-1', 'seat-2', 'seat-3', 'seat-4', 'seat-5', 'guest-1', 'guest-2', 'guest-3']);
    const guest = links.find((link) => link.principalId === 'guest-2');
    expect(guest).toMatchObject({ role: 'guest', seat: null, name: 'Khách mời số 2' });
    expect(guest?.url).toBe(`${hub.publicUrl}/delegate/#t=${guest?.token}`);
  });

  it('welcomes a guest by name as a guest, with the state delegates see (no pairing data)', async () => {
    const device = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'guest-1'));
    expect(device.messages[0]).toMatchObject({ type: 'welcome', principal: { id: 'guest-1', role: 'guest', seat: null, name: 'Khách mời số 1' } });
    expect(device.state.principals).toEqual({});
    expect(device.state.guests.map((guest) => guest.id)).toEqual(['guest-1', 'guest-2', 'guest-3']);
    expect(device.messages.some((message) => message.type === 'pairingLinks')).toBe(false);
  });

  it('refuses a ballot from a guest with an error reply, and nothing changes: no event, no ballot counted', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    const guest = await TestSocket.connect(url, tokenOf(hub, 'guest-1'));
    const voteId = await createVote(secretary, resolutionCommand());
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    await guest.until(() => (guest.state.votes[0]?.status === 'open' ? true : undefined), 'the open vote on the guest’s iPad');
    const seqBefore = hub.engine.seq();

    for (const seat of [1, 2]) {
      const reply = await guest.command(ballot(voteId, seat, 'for'));
      expect(reply).toMatchObject({ type: 'error', code: 'forbidden' });
    }
    expect(hub.engine.seq()).toBe(seqBefore);
    expect(guest.closeCode).toBeNull();

    expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
    const closed = hub.engine.state().votes.find((vote) => vote.id === voteId);
    expect(closed?.status === 'closed' ? closed.tally?.participants : 'not closed').toBe(0);
  });

  it('never counts a connected guest as present when a vote opens, nor on the roll, nor in its progress', async () => {
    const url = socketUrl(hub);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
    // A sitting in progress: the iPads that connect now go on its roll, the guests' never.
    const item = hub.engine.state().agenda[0];
    if (!item) throw new Error('no agenda item');
    expect(await secretary.command({ type: 'agenda.setCurrent', itemId: item.id })).toMatchObject({ type: 'ack' });
    await Promise.all(['guest-1', 'guest-2', 'guest-3'].map((id) => TestSocket.connect(url, tokenOf(hub, id))));
    await TestSocket.connect(url, tokenOf(hub, 'seat-4'));
    await secretary.until(() => secretary.messages.find((message) => message.type === 'events' && message.events.some((stored) => stored.event.type === 'attendance.deviceSeen')), 'the roll entry of seat 4');
    expect(Object.keys(hub.engine.state().attendance[item.sittingId] ?? {})).toEqual(['4']);
    const voteId = await createVote(secretary, resolutionCommand({ quorum: { numerator: 1, denominator: 10, mode: 'warn' } }));
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    const opened = hub.engine.state().votes.find((vote) => vote.id === voteId);
    expect(opened && 'present' in opened ? { seated: opened.seated, present: opened.present } : null).toEqual({ seated: SEATS, present: 1 });
    const progress = await chair.until(() => [...chair.messages].reverse().find((message) => message.type === 'voteProgress' && message.voteId === voteId), 'the vote’s progress');
    expect(progress).toMatchObject({ cast: 0, eligible: SEATS });
  });

  it('refuses a guest’s "opened" report: the figures are the delegates’ own', async () => {
    const item = hub.engine.state().agenda[0];
    if (!item) throw new Error('no agenda item');
    const document = await uploadTestDocument(hub, item.id, 'to-trinh.pdf', await makePdf(2), 'Tờ trình');
    const guest = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'guest-3'));
    const seqBefore = hub.engine.seq();
    expect(await guest.command({ type: 'document.open', documentId: document.id })).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(hub.engine.seq()).toBe(seqBefore);
    expect(hub.engine.state().documents.find((candidate) => candidate.id === document.id)?.openedBy).toEqual([]);
  });

  it('reissues a guest’s link like a seat’s: the old iPad is told and closed, the new link works', async () => {
    const url = socketUrl(hub);
    const oldToken = tokenOf(hub, 'guest-2');
    const oldDevice = await TestSocket.connect(url, oldToken);
    const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
    expect(await secretary.command({ type: 'pairing.reissue', principalId: 'guest-2' })).toMatchObject({ type: 'ack' });
    await oldDevice.waitFor((message) => message.type === 'revoked', 'the revoked notice');
    expect(await oldDevice.waitForClose()).toBe(CLOSE_CODES.revoked);
    const newToken = tokenOf(hub, 'guest-2');
    expect(newToken).not.toBe(oldToken);
    const newDevice = await TestSocket.connect(url, newToken);
    expect(newDevice.messages[0]).toMatchObject({ type: 'welcome', principal: { id: 'guest-2', role: 'guest' } });
  });
});
