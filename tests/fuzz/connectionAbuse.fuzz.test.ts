/**
 * Connection abuse: thousands of sockets that never say hello, and a client
 * that never reads. The hub closes the abusers and keeps serving everyone else.
 */
import { createConnection } from 'node:net';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';

let dir: string;
let hub: Hub;
beforeEach(async () => {
  dir = makeDataDir();
  // The socket cap is raised above the flood, so that the hello timeout alone is what closes the silent sockets.
  hub = await startTestHub(dir, { helloTimeoutMs: 1500, connectionLimits: { maxSockets: 2500 } });
});
afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

describe('connection abuse', () => {
  it('2,000 sockets that never say hello are closed, and a delegate is served meanwhile', async () => {
    const silent = await Promise.all(
      Array.from({ length: 2000 }, () => new Promise<{ closed: Promise<number> }>((resolve, reject) => {
        const ws = new WebSocket(socketUrl(hub));
        const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
        ws.on('open', () => resolve({ closed }));
        ws.on('error', reject);
      })),
    );
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-2'));
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const item = hub.engine.state().agenda[3];
    expect(await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null })).toMatchObject({ type: 'ack' });
    await delegate.until(() => (delegate.state.currentItemId === item?.id ? true : undefined), 'the change on the delegate');
    const codes = await Promise.all(silent.map((socket) => socket.closed));
    expect(codes.every((code) => code === CLOSE_CODES.helloTimeout)).toBe(true);
    expect(delegate.closeCode).toBeNull();
    const health = await fetch(`${hub.localUrl}/healthz`).then((r) => r.json());
    expect(health).toMatchObject({ ok: true, clients: 2 });
  });

  it('a client that never reads is cut off once its buffer fills, and the others get every event', async () => {
    // A raw socket that completes the WebSocket handshake and says hello, then stops reading.
    const url = new URL(socketUrl(hub));
    const stalled = createConnection({ host: url.hostname, port: Number(url.port) });
    stalled.on('error', () => undefined);
    await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
    stalled.write(`GET /ws HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    await new Promise<void>((resolve) => stalled.once('data', () => resolve()));
    const hello = Buffer.from(JSON.stringify({ type: 'hello', token: tokenOf(hub, 'seat-7'), lastSeq: 0, protocolVersion: PROTOCOL_VERSION }));
    const mask = Buffer.from([1, 2, 3, 4]);
    const header = Buffer.from([0x81, 0x80 | 126, hello.length >> 8, hello.length & 0xff]);
    stalled.write(Buffer.concat([header, mask, Buffer.from(hello.map((byte, i) => byte ^ (mask[i % 4] ?? 0)))]));
    // Counted once the hub has accepted its hello; from then on it reads nothing more.
    await vi.waitUntil(() => hub.health().clients === 1, { timeout: 5000, message: 'the hub to accept the stalled client’s hello' });
    stalled.pause();

    const reader = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-8'));
    // Several consoles of the secretary edit at once, each within its own rate limit, to make traffic fast.
    const editors = await Promise.all(Array.from({ length: 25 }, () => TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'))));
    const everyone = hub.health().clients;
    expect(everyone).toBe(27);
    // The hub drops the stalled client from its registry when it cuts it off (its side of the socket is paused, so it sees nothing).
    const stalledDropped = () => hub.health().clients < everyone;
    const item = hub.engine.state().agenda[0];
    const notes = 'Ghi chú rất dài của kỳ họp. '.repeat(140).slice(0, 3990);
    let edits = 0;
    await Promise.all(
      editors.map(async (editor, index) => {
        for (let round = 0; round < 200 && !stalledDropped(); round += 1) {
          edits += 1;
          const reply = await editor.command({ type: 'agenda.update', itemId: item?.id ?? '', changes: { notes: `${notes.slice(0, 3980)}${index}-${round}` } });
          if (reply.type === 'error') await new Promise((resolve) => setTimeout(resolve, 60));
        }
      }),
    );
    await reader.until(() => (reader.seq === hub.engine.seq() ? true : undefined), 'the reader to catch up', 20_000);
    expect(stalledDropped()).toBe(true);
    expect(hub.health().clients).toBe(26);
    expect(edits).toBeGreaterThan(100);
    expect(reader.state.agenda[0]?.notes).toBe(hub.engine.state().agenda[0]?.notes);
    expect(reader.closeCode).toBeNull();
    stalled.destroy();
  });
});
