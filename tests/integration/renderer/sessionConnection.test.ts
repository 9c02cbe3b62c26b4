/** The browser apps' own protocol client, driven against a real hub over `ws`. */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { SocketLike } from '../../../src/renderer/client/hubClient';
import { connectSession } from '../../../src/renderer/client/connectSession';
import type { SessionConnection, SessionView } from '../../../src/renderer/client/connectSession';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';

const createSocket = (url: string) => new WebSocket(url) as unknown as SocketLike;

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

function connect(principalId: string, target: Hub = hub): SessionConnection {
  const connection = connectSession({ url: socketUrl(target), token: tokenOf(target, principalId), createSocket });
  connections.push(connection);
  return connection;
}

function viewUntil(connection: SessionConnection, check: (view: SessionView) => boolean, what: string, timeoutMs = 8000): Promise<SessionView> {
  return new Promise((resolve, reject) => {
    const done = (view: SessionView) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(view);
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out waiting for ${what}; status ${connection.store.getState().status}`));
    }, timeoutMs);
    const unsubscribe = connection.store.subscribe((view) => check(view) && done(view));
    const now = connection.store.getState();
    if (check(now)) done(now);
  });
}

describe('session connection (the apps’ client)', () => {
  it('[T5] sendFollow tells the hub whether the viewer follows, and staff see it; offline it reports false', async () => {
    const delegate = connect('seat-6');
    const secretary = connect('secretary');
    await viewUntil(delegate, (v) => v.status === 'online' && v.synced, 'the delegate to sync');
    await viewUntil(secretary, (v) => v.synced, 'the secretary to sync');
    expect(delegate.sendFollow(true)).toBe(true);
    await viewUntil(secretary, (v) => v.following.includes('seat-6'), 'the secretary to see seat 6 following');
    expect(delegate.sendFollow(false)).toBe(true);
    await viewUntil(secretary, (v) => !v.following.includes('seat-6'), 'the secretary to see seat 6 browsing freely');
    delegate.stop();
    expect(delegate.sendFollow(true)).toBe(false);
  });

  it('goes online, syncs the session and applies live changes', async () => {
    const delegate = connect('seat-4');
    const secretary = connect('secretary');
    const synced = await viewUntil(delegate, (v) => v.status === 'online' && v.synced, 'the delegate to sync');
    expect(synced.me).toMatchObject({ id: 'seat-4', role: 'delegate', seat: 4, name: 'Phạm Thị Ngọc Lan' });
    await viewUntil(secretary, (v) => v.synced, 'the secretary to sync');
    const target = hub.engine.state().agenda[5];
    const seqBefore = hub.engine.seq();
    expect(await secretary.sendCommand({ type: 'agenda.setCurrent', itemId: target?.id ?? null })).toEqual({ ok: true, seq: seqBefore + 1 });
    await viewUntil(delegate, (v) => v.state.currentItemId === target?.id, 'the change on the delegate');
  });

  it('reports a refused command with its code', async () => {
    const delegate = connect('seat-4');
    await viewUntil(delegate, (v) => v.synced, 'sync');
    expect(await delegate.sendCommand({ type: 'agenda.setCurrent', itemId: null })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('reconnects on its own after the hub restarts, and shows what changed while it was away', async () => {
    const port = hub.port;
    const delegate = connect('seat-9');
    await viewUntil(delegate, (v) => v.synced, 'sync');
    await hub.stop();
    await viewUntil(delegate, (v) => v.status === 'offline', 'the client to notice the hub is gone');

    hub = await startTestHub(dir, { port });
    const target = hub.engine.state().agenda[2];
    hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: target?.id ?? null });
    const back = await viewUntil(delegate, (v) => v.status === 'online' && v.state.currentItemId === target?.id, 'the client to resume');
    // Back during a sitting, the iPad also goes on its roll (one more event): the client catches up with that too.
    const caughtUp = await viewUntil(delegate, (v) => v.seq === hub.engine.seq(), 'the client to catch up with the hub');
    expect(back.state.currentItemId).toBe(target?.id);
    expect(caughtUp.state.attendance).toEqual(hub.engine.state().attendance);
  });

  it('stops retrying and says so when its link is revoked', async () => {
    const delegate = connect('seat-15');
    const secretary = connect('secretary');
    await viewUntil(delegate, (v) => v.synced, 'sync');
    await viewUntil(secretary, (v) => v.synced, 'sync');
    await secretary.sendCommand({ type: 'pairing.reissue', principalId: 'seat-15' });
    const view = await viewUntil(delegate, (v) => v.status === 'revoked', 'the revoked status');
    expect(view.status).toBe('revoked');
  });

  it('answers a command sent while offline at once, without waiting for a timeout', async () => {
    const delegate = connectSession({ url: 'ws://127.0.0.1:1/ws', token: 'x'.repeat(32), createSocket });
    connections.push(delegate);
    expect(await delegate.sendCommand({ type: 'agenda.setCurrent', itemId: null })).toMatchObject({ ok: false, code: 'offline' });
  });
});
