/**
 * The roll over real sockets: iPads that connect during a sitting go on the roll in
 * one commit; a drop and a reconnect never change it; the current item moving into a
 * new sitting marks the connected delegates there; a vote opens with the roll's count.
 */
import { describe, expect, it } from 'vitest';
import { rollFigures, sittingInProgress } from '../../../src/shared/core';
import type { SessionDefinition } from '../../../src/shared/core';
import type { Command, Principal, StoredEvent } from '../../../src/shared/protocol';
import { DEVICE_SEEN_WINDOW_MS } from '../../../src/main/hub/attendanceMarker';
import type { Hub } from '../../../src/main/hub/startHub';
import { ManualClock } from '../../helpers/manualClock';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';
import { createVote, resolutionCommand } from '../../helpers/voting';

const SEATS = 60;
const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

/** 60 seats, two sittings (an item in each) and a guest. */
function twoSittings(): SessionDefinition {
  const base = sessionWithSeats(SEATS);
  return {
    ...base,
    sittings: [...base.sittings, { key: 's2', title: 'Phiên thứ hai', date: '2026-12-09' }],
    agenda: [...base.agenda, { sitting: 's2', title: 'Thảo luận tại hội trường', kind: 'discussion', presenter: '', notes: '' }],
    guests: [{ name: 'Lê Văn Khách', office: 'Giám đốc Sở Tài chính', role: 'guest' }],
  };
}

/** A hub whose windows end only when the test moves its clock, with every commit counted. */
async function withHub(test: (hub: Hub, clock: ManualClock, commits: StoredEvent[][]) => Promise<void>): Promise<void> {
  const clock = new ManualClock();
  const dir = makeDataDir();
  const hub = await startTestHub(dir, { clock, seed: twoSittings(), seedDocumentsDir: undefined });
  const commits: StoredEvent[][] = [];
  hub.engine.onCommit((events) => commits.push(events));
  try {
    await test(hub, clock, commits);
  } finally {
    await hub.stop();
    removeDataDir(dir);
  }
}

function run(hub: Hub, command: Command): void {
  const result = hub.engine.execute(secretary, command);
  if (!result.ok) throw new Error(`setup ${command.type} refused: ${result.message}`);
}

/** Polls a fact of the hub that no message announces (a socket's close reaching it). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Lets the hub finish what it left for the end of this turn of the event loop. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const connectSeats = (hub: Hub, seats: number[]) => Promise.all(seats.map((seat) => TestSocket.connect(socketUrl(hub), tokenOf(hub, `seat-${seat}`))));
const seatRange = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('the roll over real sockets', () => {
  it('[R3] [R4] [R6] 60 iPads connecting during a sitting go on the roll in at most two commits; 10 that drop for 5 s and come back change nothing; a vote then opens with the roll’s count', async () => {
    await withHub(async (hub, clock, commits) => {
      run(hub, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
      const sittingId = sittingInProgress(hub.engine.state());
      if (sittingId === null) throw new Error('no sitting in progress');
      const desk = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
      const guest = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'guest-1'));
      commits.length = 0;
      const ipads = await connectSeats(hub, seatRange(1, SEATS));

      // The first iPad goes on the roll at once; the rest are gathered until the window ends.
      clock.advance(DEVICE_SEEN_WINDOW_MS);
      expect(commits.length).toBeGreaterThanOrEqual(1);
      expect(commits.length).toBeLessThanOrEqual(2);
      expect(commits.flat().every(({ event }) => event.type === 'attendance.deviceSeen')).toBe(true);
      expect(commits.flat()).toHaveLength(SEATS);
      expect(rollFigures(hub.engine.state(), sittingId)).toMatchObject({ present: SEATS, seated: SEATS });
      await desk.until(() => (rollFigures(desk.state, sittingId).present === SEATS ? true : undefined), 'the console to see 60 present');
      // The guest's device is never on the roll.
      expect(Object.keys(hub.engine.state().attendance[sittingId] ?? {})).toHaveLength(SEATS);

      // The secretary records two excused absences the iPads could not know about.
      for (const seat of [59, 60]) expect(await desk.command({ type: 'attendance.set', sittingId, seat, mark: 'absentExcused', reason: 'Đi công tác' })).toMatchObject({ type: 'ack' });
      const rollBefore = hub.engine.state().attendance;
      const seqBefore = hub.engine.seq();

      const dropping = ipads.slice(0, 10);
      const clientsBefore = hub.health().clients;
      for (const ipad of dropping) ipad.close();
      await eventually(() => hub.health().clients === clientsBefore - 10, 'the hub to see 10 iPads drop');
      clock.advance(5_000);
      const back = await connectSeats(hub, seatRange(1, 10));
      clock.advance(DEVICE_SEEN_WINDOW_MS * 4);

      expect(hub.engine.seq()).toBe(seqBefore);
      expect(hub.engine.state().attendance).toBe(rollBefore);
      expect(back[0]?.state.attendance[sittingId]?.['1']).toMatchObject({ mark: 'present', source: 'device' });

      // 60 iPads are connected, the roll says 58 present: the vote takes the roll.
      const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
      const voteId = await createVote(desk, resolutionCommand());
      expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
      expect(hub.engine.state().votes.find((vote) => vote.id === voteId)).toMatchObject({ status: 'open', seated: SEATS, present: 58, quorumMet: true });
      for (const socket of [desk, guest, chair, ...ipads.slice(10), ...back]) socket.close();
    });
  });

  it('[R2] [R3] moving the current item into a new sitting marks every delegate connected then, and no one else', async () => {
    await withHub(async (hub, clock, commits) => {
      const [, , secondSittingItem] = hub.engine.state().agenda;
      run(hub, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
      const ipads = await connectSeats(hub, seatRange(1, 20));
      clock.advance(DEVICE_SEEN_WINDOW_MS);
      const firstSitting = sittingInProgress(hub.engine.state()) ?? '';
      expect(rollFigures(hub.engine.state(), firstSitting).present).toBe(20);
      // Five leave before the next sitting begins.
      for (const ipad of ipads.slice(15)) ipad.close();
      await eventually(() => hub.health().clients === 15, 'the hub to see 5 iPads leave');

      commits.length = 0;
      clock.advance(DEVICE_SEEN_WINDOW_MS);
      run(hub, { type: 'agenda.setCurrent', itemId: secondSittingItem?.id ?? null });
      const secondSitting = sittingInProgress(hub.engine.state()) ?? '';
      expect(secondSitting).not.toBe(firstSitting);
      // After a quiet moment the new sitting's entries are committed at the end of this turn, in one commit.
      await endOfTurn();
      expect(commits).toHaveLength(2);
      expect(commits[1]?.every(({ event }) => event.type === 'attendance.deviceSeen')).toBe(true);
      expect(rollFigures(hub.engine.state(), secondSitting).present).toBe(15);
      expect(Object.keys(hub.engine.state().attendance[secondSitting] ?? {}).map(Number).sort((a, b) => a - b)).toEqual(seatRange(1, 15));
      // The first sitting's roll is kept as it was.
      expect(rollFigures(hub.engine.state(), firstSitting).present).toBe(20);
      for (const ipad of ipads.slice(0, 15)) ipad.close();
    });
  });

  it('[R3] [R5] refuses "Tôi có mặt" from a guest and the secretary’s command from a delegate, and changes nothing', async () => {
    await withHub(async (hub) => {
      run(hub, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
      const sittingId = sittingInProgress(hub.engine.state()) ?? '';
      const guest = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'guest-1'));
      const ipad = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'));
      const seq = hub.engine.seq();
      expect(await guest.command({ type: 'attendance.confirm' })).toMatchObject({ type: 'error', code: 'forbidden' });
      expect(await ipad.command({ type: 'attendance.set', sittingId, seat: 4, mark: 'absentUnexcused' })).toMatchObject({ type: 'error', code: 'forbidden' });
      // The hub's own command is no client's to send.
      ipad.sendRaw(JSON.stringify({ type: 'command', requestId: 'seen', command: { type: 'attendance.deviceSeen', seat: 4 } }));
      expect(await ipad.waitFor((m) => m.type === 'error' && m.requestId === 'seen', 'the refusal')).toMatchObject({ code: 'bad_message' });
      expect(hub.engine.seq()).toBe(seq);
      // "Tôi có mặt" from the delegate is taken.
      expect(await ipad.command({ type: 'attendance.confirm' })).toMatchObject({ type: 'ack' });
      expect(hub.engine.state().attendance[sittingId]?.['3']).toMatchObject({ mark: 'present', source: 'self' });
      guest.close();
      ipad.close();
    });
  });
});
