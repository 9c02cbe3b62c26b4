/**
 * Anyone on the hall Wi-Fi can open sockets to the hub. Before `hello` they
 * are anonymous: half-sent large frames must not grow the hub's memory, one
 * address may not hold hundreds of idle sockets, and the delegates must still
 * connect and vote meanwhile. The hub runs as a child process, so its own
 * resident memory is measured, against its own baseline in the same run.
 * The flood comes from other loopback addresses (127.0.0.x) than the
 * delegates, as it would come from other devices in a hall.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SOCKETS_PER_ADDRESS } from '../../src/main/hub/ws/connectionLimits';
import { freePort } from '../helpers/freePort';
import { pairingTokens } from '../helpers/pairingTokens';
import { bundleServe, startServe } from '../helpers/serveProcess';
import type { ServeBundle, ServeProcess } from '../helpers/serveProcess';
import { sessionWithSeats } from '../helpers/sessionWithSeats';
import { TestSocket } from '../helpers/testSocket';
import { ballot, createVote, resolutionCommand } from '../helpers/voting';
import { tallyOf } from '../../src/shared/core';

const SEATS = 12;
const HALF_SENT_FRAMES = 300;
const FLOOD_ADDRESSES = 15;
const IDLE_SOCKETS = 300;
const FRAME_BYTES = 1024 * 1024 - 16;
/** Growth that a few hundred buffered frames of 1 MiB would pass many times over. */
const MAX_GROWTH_BYTES = 48 * 1024 * 1024;

let bundle: ServeBundle;
let dir: string;
let hub: ServeProcess;
let port: number;
let tokens: Map<string, string>;

function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) * 1024;
}

/** A raw socket from `localAddress` that completes the WebSocket handshake, then starts one large frame and never finishes it. */
function halfSentFrame(localAddress: string): Promise<{ closedByHub: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket: Socket = createConnection({ host: '127.0.0.1', port, localAddress });
    const closedByHub = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    });
    socket.once('data', (answer) => {
      if (!answer.toString().startsWith('HTTP/1.1 101')) {
        reject(new Error(`handshake refused: ${answer.toString().split('\r\n')[0]}`));
        return;
      }
      // A masked text frame announcing FRAME_BYTES (64-bit length), then all but the last bytes of it.
      const header = Buffer.alloc(14);
      header[0] = 0x81;
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(FRAME_BYTES), 2);
      header.writeUInt32BE(0x01020304, 10);
      socket.write(header);
      socket.write(Buffer.alloc(FRAME_BYTES - 1, 0x61));
      resolve({ closedByHub });
    });
  });
}

/**
 * Opens a socket that never says hello; resolves with 101 when it is accepted, the HTTP status
 * when the hub refuses the upgrade, or 0 when the hub drops the TCP connection at once (its
 * share of connections per address is used up).
 */
function idleSocket(localAddress: string): Promise<{ status: number; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress });
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, ws });
      res.resume();
    });
    ws.on('error', () => resolve({ status: 0, ws }));
  });
}

beforeAll(async () => {
  bundle = await bundleServe();
  dir = mkdtempSync(join(tmpdir(), 'chamber-flood-'));
  const sessionFile = join(dir, 'session.json');
  writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(SEATS)));
  port = await freePort();
  const dataDir = join(dir, 'data');
  hub = startServe(bundle.script, ['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--session', sessionFile]);
  await hub.ready();
  tokens = pairingTokens(dataDir, `http://127.0.0.1:${port}`);
});

afterAll(async () => {
  if (hub) {
    hub.child.kill('SIGKILL');
    await hub.exited();
  }
  bundle?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sockets before hello', () => {
  it(`${HALF_SENT_FRAMES} half-sent 1 MiB frames and ${IDLE_SOCKETS} idle sockets from one address leave the hub's memory bounded, and the delegates still vote`, async () => {
    const pid = hub.child.pid ?? 0;
    const url = `ws://127.0.0.1:${port}/ws`;
    const token = (id: string) => tokens.get(id) ?? '';
    const secretary = await TestSocket.connect(url, token('secretary'));
    const chair = await TestSocket.connect(url, token('chair'));
    const delegates = await Promise.all(Array.from({ length: SEATS }, (_, index) => TestSocket.connect(url, token(`seat-${index + 1}`))));
    const baseline = residentBytes(pid);

    // Spread over several addresses, so that the per-address cap does not hide the frames from the hub.
    // The hub's memory is sampled all along, until it has closed every one of them.
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 10);
    try {
      const frames = await Promise.all(Array.from({ length: HALF_SENT_FRAMES }, (_, index) => halfSentFrame(`127.0.0.${2 + (index % FLOOD_ADDRESSES)}`)));
      await Promise.all(frames.map((frame) => frame.closedByHub));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, residentBytes(pid));

    expect(peak - baseline).toBeLessThan(MAX_GROWTH_BYTES);
    const idle = await Promise.all(Array.from({ length: IDLE_SOCKETS }, () => idleSocket('127.0.0.99')));
    const accepted = idle.filter((socket) => socket.status === 101).length;
    // Every other one is refused: with a 503 at the upgrade, or dropped at the TCP accept.
    const refused = idle.filter((socket) => socket.status === 503 || socket.status === 0).length;
    expect(accepted).toBe(DEFAULT_MAX_SOCKETS_PER_ADDRESS);
    expect(refused).toBe(IDLE_SOCKETS - DEFAULT_MAX_SOCKETS_PER_ADDRESS);
    expect(idle.some((socket) => socket.status === 503)).toBe(true);

    expect(residentBytes(pid) - baseline).toBeLessThan(MAX_GROWTH_BYTES);

    // The hall carries on: a delegate reconnects, and every seat votes.
    delegates[0]?.close();
    delegates[0] = await TestSocket.connect(url, token('seat-1'));
    const voteId = await createVote(secretary, resolutionCommand({ quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
    expect(await chair.command({ type: 'vote.open', voteId })).toMatchObject({ type: 'ack' });
    const replies = await Promise.all(delegates.map((delegate, index) => delegate.command(ballot(voteId, index + 1, 'for'))));
    expect(replies.every((reply) => reply.type === 'ack')).toBe(true);
    expect(await chair.command({ type: 'vote.close', voteId })).toMatchObject({ type: 'ack' });
    await chair.until(() => (chair.state.votes[0]?.status === 'closed' ? true : undefined), 'the close');
    expect(tallyOf(chair.state.votes[0])?.participants).toBe(SEATS);

    for (const socket of idle) socket.ws.terminate();
    expect(((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { ok: boolean }).ok).toBe(true);
  });
});
