/** The hub's own roll entries: who goes on the roll, when it is committed, and that nothing else ever writes one. */
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAttendanceMarker, DEVICE_SEEN_WINDOW_MS } from '../../../../src/main/hub/attendanceMarker';
import type { AttendanceMarker } from '../../../../src/main/hub/attendanceMarker';
import { demoSession } from '../../../../src/main/hub/demoSession';
import { silentLogger } from '../../../../src/main/hub/logger';
import { createSessionEngine } from '../../../../src/main/hub/sessionEngine';
import type { SessionEngine } from '../../../../src/main/hub/sessionEngine';
import { createMemoryEventLog } from '../../../../src/main/hub/store/memoryEventLog';
import { sittingInProgress } from '../../../../src/shared/core';
import type { Principal, StoredEvent } from '../../../../src/shared/protocol';
import { ManualClock } from '../../../helpers/manualClock';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const delegate = (seat: number): Principal => ({ id: `seat-${seat}`, role: 'delegate', seat, generation: 1 });
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

let clock: ManualClock;
let engine: SessionEngine;
let marker: AttendanceMarker;
let connected: number[];
let commits: StoredEvent[][];

beforeEach(() => {
  clock = new ManualClock();
  engine = createSessionEngine({ log: createMemoryEventLog(), key: randomBytes(32), now: () => clock.now() });
  engine.seedIfEmpty(demoSession());
  connected = [];
  marker = createAttendanceMarker({ engine, connectedSeats: () => connected, log: silentLogger, clock });
  engine.onCommit(() => marker.committed());
  commits = [];
  engine.onCommit((events) => commits.push(events));
});

function startFirstSitting(): string {
  const result = engine.execute(secretary, { type: 'agenda.setCurrent', itemId: engine.state().agenda[0]?.id ?? null });
  if (!result.ok) throw new Error(result.message);
  commits = [];
  return sittingInProgress(engine.state()) ?? '';
}

describe('the hub’s attendance marker', () => {
  it('[R3] marks nothing while no sitting is in progress', async () => {
    marker.deviceConnected(delegate(1));
    await endOfTurn();
    clock.advance(DEVICE_SEEN_WINDOW_MS);
    expect(commits).toEqual([]);
  });

  it('[R3] commits a lone iPad at the end of the turn, and gathers the ones that follow within the window into one commit', async () => {
    const sittingId = startFirstSitting();
    marker.deviceConnected(delegate(1));
    expect(commits).toEqual([]);
    await endOfTurn();
    expect(commits.map((events) => events.length)).toEqual([1]);
    for (let seat = 2; seat <= 30; seat += 1) marker.deviceConnected(delegate(seat));
    await endOfTurn();
    expect(commits).toHaveLength(1);
    clock.advance(DEVICE_SEEN_WINDOW_MS);
    expect(commits.map((events) => events.length)).toEqual([1, 29]);
    expect(Object.keys(engine.state().attendance[sittingId] ?? {})).toHaveLength(30);
  });

  it('[R4] never marks a guest, staff, or a seat already on the roll; a reconnect adds nothing', async () => {
    startFirstSitting();
    marker.deviceConnected(delegate(4));
    await endOfTurn();
    commits = [];
    marker.deviceConnected(delegate(4));
    marker.deviceConnected({ id: 'guest-1', role: 'guest', seat: null, generation: 1 });
    marker.deviceConnected(secretary);
    await endOfTurn();
    clock.advance(DEVICE_SEEN_WINDOW_MS * 2);
    expect(commits).toEqual([]);
  });

  it('[R3] marks every connected delegate when the current item moves into a new sitting', async () => {
    connected = [5, 6, 7];
    const first = startFirstSitting();
    await endOfTurn();
    expect(Object.keys(engine.state().attendance[first] ?? {}).sort()).toEqual(['5', '6', '7']);
    const second = engine.state().agenda.find((item) => item.sittingId !== first);
    connected = [6];
    clock.advance(DEVICE_SEEN_WINDOW_MS);
    engine.execute(secretary, { type: 'agenda.setCurrent', itemId: second?.id ?? null });
    await endOfTurn();
    const now = sittingInProgress(engine.state()) ?? '';
    expect(Object.keys(engine.state().attendance[now] ?? {})).toEqual(['6']);
  });

  it('commits what it gathered when the hub stops', async () => {
    startFirstSitting();
    marker.deviceConnected(delegate(1));
    await endOfTurn();
    marker.deviceConnected(delegate(2));
    marker.stop();
    expect(commits.map((events) => events.length)).toEqual([1, 1]);
  });
});
