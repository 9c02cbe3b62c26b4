/**
 * The floor over real sockets: eight delegates of mixed kinds request to speak,
 * the chair reorders the queue and works through it, and bad floor commands get
 * an error reply and change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { spokenMs } from '../../../src/shared/core';
import type { HubMessage, SpeechKind } from '../../../src/shared/protocol';
import { DEFAULT_SESSION_SETTINGS } from '../../../src/shared/protocol';
import { demoSession } from '../../../src/main/hub/demoSession';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

const KINDS: SpeechKind[] = ['discussion', 'question', 'rebuttal', 'pointOfOrder', 'discussion', 'question', 'discussion', 'rebuttal'];

function acked(reply: HubMessage): void {
  if (reply.type !== 'ack') throw new Error(`expected an ack, got ${JSON.stringify(reply)}`);
}

async function connectDelegates(count: number): Promise<TestSocket[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => TestSocket.connect(socketUrl(hub), tokenOf(hub, `seat-${index + 1}`))));
}

describe('the floor over real sockets', () => {
  it('[F1] [F4] [F5] [F8] a queue of 8 of mixed kinds is queued in arrival order, reordered by the chair and worked through, each turn timed by its kind', async () => {
    expect(hub.engine.state().session?.status).toBe('open');
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const delegates = await connectDelegates(8);
    for (const [index, socket] of delegates.entries()) acked(await socket.command({ type: 'speech.request', kind: KINDS[index] ?? 'discussion' }));

    const queue = await chair.until(() => (chair.state.floor.queue.length === 8 ? chair.state.floor.queue : undefined), 'eight requests at the chair');
    expect(queue.map((request) => request.seat)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(queue.map((request) => request.kind)).toEqual(KINDS);

    // The point of order first, then the rest with the last to come moved up to second.
    const ids = queue.map((request) => request.id);
    const order = [ids[3], ids[7], ids[0], ids[1], ids[2], ids[4], ids[5], ids[6]].filter((id): id is string => id !== undefined);
    acked(await chair.command({ type: 'speech.reorder', requestIds: order }));
    const expectedSeats = [4, 8, 1, 2, 3, 5, 6, 7];
    for (const socket of delegates) {
      await socket.until(() => (socket.state.floor.queue.map((request) => request.seat).join() === expectedSeats.join() ? true : undefined), 'the new order on every iPad');
    }

    const limits = hub.engine.state().settings.speechLimitsMinutes;
    for (const [turnIndex, seat] of expectedSeats.entries()) {
      const next = chair.state.floor.queue[0];
      if (!next) throw new Error('the queue ran out early');
      expect(next.seat).toBe(seat);
      acked(await chair.command({ type: 'speech.grant', requestId: next.id }));
      const speaker = delegates[seat - 1];
      if (!speaker) throw new Error(`no socket for seat ${seat}`);
      const turn = await speaker.until(() => (speaker.state.floor.turn?.requestId === next.id ? speaker.state.floor.turn : undefined), `seat ${seat} to have the floor on their iPad`);
      expect(turn).toMatchObject({ principalId: `seat-${seat}`, seat, kind: next.kind, endedAt: null });
      expect(turn.timer.limitMs).toBe(limits[next.kind] * 60_000);
      if (turnIndex === 1) {
        acked(await chair.command({ type: 'timer.pause' }));
        acked(await chair.command({ type: 'timer.add', seconds: 30 }));
        acked(await chair.command({ type: 'timer.resume' }));
        await speaker.until(() => (speaker.state.floor.turn?.timer.addedMs === 30_000 && speaker.state.floor.turn.timer.pausedAt === null ? true : undefined), 'the added time on the iPad');
      }
      acked(await chair.command({ type: 'speech.end' }));
    }

    const floor = await chair.until(() => (chair.state.floor.turns.length === 8 ? chair.state.floor : undefined), 'eight ended turns');
    expect(floor.queue).toEqual([]);
    expect(floor.turn).toBeNull();
    expect(floor.turns.map((turn) => turn.seat)).toEqual(expectedSeats);
    expect(floor.turns.every((turn) => turn.endedAt !== null && turn.endedAt >= turn.timer.startedAt)).toBe(true);
    expect(hub.engine.state().floor).toEqual(floor);

    // Everything is in the event log with its time, so the minutes can be written from it.
    const logged = hub.engine.eventsAfter(0) ?? [];
    const floorEvents = logged.filter((stored) => stored.event.type.startsWith('speech.') || stored.event.type.startsWith('timer.'));
    const count = (type: string) => floorEvents.filter((stored) => stored.event.type === type).length;
    expect([count('speech.requested'), count('speech.reordered'), count('speech.granted'), count('speech.ended')]).toEqual([8, 1, 8, 8]);
    expect([count('timer.paused'), count('timer.added'), count('timer.resumed')]).toEqual([1, 1, 1]);
    for (const { event } of logged) {
      if (event.type !== 'speech.ended') continue;
      const ended = floor.turns.find((turn) => turn.id === event.turnId);
      expect(ended && spokenMs(ended.timer, ended.endedAt ?? 0)).toBe(event.spokenMs);
    }
    for (const socket of [chair, ...delegates]) socket.close();
  });

  it('[F1] [F2] [F4] [F6] bad floor commands get an error reply and change nothing, and the hub stays up', async () => {
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const screen = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'screen'));
    const [first, second] = await connectDelegates(2);
    if (!first || !second) throw new Error('no delegates');
    acked(await first.command({ type: 'speech.request', kind: 'discussion' }));
    const requestId = hub.engine.state().floor.queue[0]?.id ?? '';
    const seq = hub.engine.seq();

    const refusals: Array<[TestSocket, Parameters<TestSocket['command']>[0], string]> = [
      [first, { type: 'speech.request', kind: 'question' }, 'already_requested'],
      [second, { type: 'speech.withdraw', requestId }, 'not_your_request'],
      [second, { type: 'speech.withdraw', requestId: 'no-such-request' }, 'unknown_request'],
      [chair, { type: 'speech.reorder', requestIds: [requestId, 'ghost'] }, 'bad_order'],
      [chair, { type: 'speech.reorder', requestIds: [] }, 'bad_order'],
      [chair, { type: 'speech.grant', requestId: 'ghost' }, 'unknown_request'],
      [chair, { type: 'timer.pause' }, 'no_turn'],
      [chair, { type: 'timer.add', seconds: 30 }, 'no_turn'],
      [chair, { type: 'speech.end' }, 'no_turn'],
      [first, { type: 'speech.grant', requestId }, 'forbidden'],
      [secretary, { type: 'speech.grant', requestId }, 'forbidden'],
      [screen, { type: 'speech.request', kind: 'discussion' }, 'forbidden'],
    ];
    for (const [socket, command, code] of refusals) {
      expect(await socket.command(command), `${command.type} → ${code}`).toMatchObject({ type: 'error', code });
    }
    // Malformed at the edge: a negative or huge time, a name too long, an unknown kind.
    chair.send({ type: 'command', requestId: 'neg', command: { type: 'timer.add', seconds: -30 } } as never);
    await chair.waitFor((m) => m.type === 'error' && m.requestId === 'neg' && m.code === 'bad_message', 'a negative timer.add refused at the edge');
    chair.send({ type: 'command', requestId: 'long', command: { type: 'speech.grantTo', name: 'x'.repeat(5000), kind: 'answer' } } as never);
    await chair.waitFor((m) => m.type === 'error' && m.requestId === 'long' && m.code === 'bad_message', 'an overlong name refused at the edge');
    first.send({ type: 'command', requestId: 'kind', command: { type: 'speech.request', kind: 'filibuster' } } as never);
    await first.waitFor((m) => m.type === 'error' && m.requestId === 'kind' && m.code === 'bad_message', 'an unknown kind refused at the edge');

    expect(hub.engine.seq()).toBe(seq);
    expect(hub.engine.state().floor.queue.map((request) => request.id)).toEqual([requestId]);
    acked(await chair.command({ type: 'speech.grant', requestId }));
    for (const socket of [chair, secretary, screen, first, second]) socket.close();
  });

  it('[F3] a guest is refused the floor, unless the session lets guests answer and the guest asks to answer', async () => {
    for (const guestsMayAnswer of [false, true]) {
      const dir = makeDataDir();
      const seeded = await startTestHub(dir, {
        seed: {
          ...demoSession(),
          guests: [{ name: 'Trần Quốc Bảo', office: 'Giám đốc Sở Tài chính', role: 'guest' }],
          settings: { ...DEFAULT_SESSION_SETTINGS, guestsMayAnswer },
        },
      });
      try {
        const guest = await TestSocket.connect(socketUrl(seeded), tokenOf(seeded, 'guest-1'));
        expect(await guest.command({ type: 'speech.request', kind: 'discussion' })).toMatchObject({ type: 'error', code: 'guests_may_not_speak' });
        const answer = await guest.command({ type: 'speech.request', kind: 'answer' });
        if (guestsMayAnswer) {
          expect(answer.type).toBe('ack');
          expect(seeded.engine.state().floor.queue).toMatchObject([{ principalId: 'guest-1', seat: null, kind: 'answer' }]);
        } else {
          expect(answer).toMatchObject({ type: 'error', code: 'guests_may_not_speak' });
          expect(seeded.engine.state().floor.queue).toEqual([]);
        }
        guest.close();
      } finally {
        await seeded.stop();
        removeDataDir(dir);
      }
    }
  });
});
