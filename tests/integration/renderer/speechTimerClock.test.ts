/**
 * A speaker's time left, computed on devices whose clocks are minutes wrong,
 * against a real hub over `ws`: each device measures the hub's clock at
 * connect (the welcome) and from each pong, and computes the same time left
 * as the hub. Computed at one instant, not timed.
 */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { SocketLike } from '../../../src/renderer/client/hubClient';
import { connectSession } from '../../../src/renderer/client/connectSession';
import type { SessionConnection, SessionView } from '../../../src/renderer/client/connectSession';
import { remainingMs } from '../../../src/shared/core';
import type { Principal } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';

const createSocket = (url: string) => new WebSocket(url) as unknown as SocketLike;
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };
/** The agreement the issue asks of every device. */
const SAME_WITHIN_MS = 200;

let dir: string;
let hub: Hub;
const connections: SessionConnection[] = [];
beforeEach(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir);
});
afterEach(async () => {
  for (const connection of connections.splice(0)) connection.stop();
  await hub.stop();
  removeDataDir(dir);
});

/** A device whose own clock is `skewMs` off the hub's (the hub runs on this process's clock). */
function connectSkewed(principalId: string, skewMs: number) {
  const now = () => Date.now() + skewMs;
  const connection = connectSession({ url: socketUrl(hub), token: tokenOf(hub, principalId), createSocket, now });
  connections.push(connection);
  return { connection, now };
}

function viewUntil(connection: SessionConnection, check: (view: SessionView) => boolean, what: string): Promise<SessionView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out waiting for ${what}`));
    }, 8000);
    const done = (view: SessionView) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(view);
    };
    const unsubscribe = connection.store.subscribe((view) => check(view) && done(view));
    if (check(connection.store.getState())) done(connection.store.getState());
  });
}

describe('the speaker timer on devices with wrong clocks', () => {
  it('[F7] a device whose clock is 2 minutes off (either way) computes the same time left as the hub, within 200 ms', async () => {
    const behind = connectSkewed('seat-3', -120_000);
    const ahead = connectSkewed('screen', +120_000);
    for (const device of [behind, ahead]) await viewUntil(device.connection, (view) => view.synced && view.hubClockOffsetMs !== null, 'the device to measure the hub clock at connect');

    const granted = hub.engine.execute(chair, { type: 'speech.grantTo', name: 'Nguyễn Văn An', kind: 'discussion', principalId: 'seat-3' });
    expect(granted.ok).toBe(true);
    const hubTurn = hub.engine.state().floor.turn;
    if (!hubTurn) throw new Error('no turn');
    // The chair adds time, so the devices' arithmetic covers it too.
    hub.engine.execute(chair, { type: 'timer.add', seconds: 30 });
    for (const device of [behind, ahead]) await viewUntil(device.connection, (view) => view.state.floor.turn?.timer.addedMs === 30_000, 'the turn on the device');

    for (const [name, device, skew] of [['behind', behind, -120_000], ['ahead', ahead, 120_000]] as const) {
      const view = device.connection.store.getState();
      const turn = view.state.floor.turn;
      if (!turn || view.hubClockOffsetMs === null) throw new Error('the device has no turn or no offset');
      // One instant: the hub's time left and the device's, each from its own clock.
      const hubNow = Date.now();
      const deviceNow = device.now();
      const onHub = remainingMs(hub.engine.state().floor.turn?.timer ?? turn.timer, hubNow);
      const onDevice = remainingMs(turn.timer, deviceNow + view.hubClockOffsetMs);
      expect(Math.abs(onDevice - onHub), `the device ${name}`).toBeLessThanOrEqual(SAME_WITHIN_MS);
      // Without the offset, the device ahead would show 2 minutes gone already.
      if (skew > 0) expect(onHub - remainingMs(turn.timer, deviceNow)).toBeGreaterThan(119_000);
    }
  });
});
