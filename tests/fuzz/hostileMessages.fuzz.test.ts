/**
 * At least 100,000 generated hostile messages against a live hub, over real
 * sockets, from every role. Each gets its reply (an error, or for the rare
 * valid no-op, an ack that changed nothing); afterwards the hub
 * still answers, its state and seq are exactly as before, and its memory is
 * back near where it started. FUZZ_MESSAGES sets the count (the long form).
 */
import fc from 'fast-check';
import WebSocket from 'ws';
import { describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { hubMessageSchema, LIMITS, PROTOCOL_VERSION } from '../../src/shared/protocol';
import type { HubMessage } from '../../src/shared/protocol';
import { collectedHeapBytes } from '../helpers/collectedHeap';
import { socketUrl, tokenOf, useHubForFile } from '../helpers/testHub';
import { hostileFrame } from './messageArbitraries';
import type { Frame } from './messageArbitraries';

const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 100_000);
const PER_CONNECTION = LIMITS.messageBurst - 5;
const ROLES = ['secretary', 'chair', 'seat-3', 'screen'] as const;

let hub: Hub;
useHubForFile((fresh) => {
  hub = fresh;
});

/** Opens a socket as a principal and resolves once it is in sync. */
function connect(principalId: string): Promise<{ ws: WebSocket; replies: HubMessage[]; closed: () => number | null }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(socketUrl(hub));
    const replies: HubMessage[] = [];
    let synced = false;
    let closeCode: number | null = null;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tokenOf(hub, principalId), lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      const message = hubMessageSchema.parse(JSON.parse(data.toString()));
      if (!synced) {
        if (message.type === 'snapshot') {
          synced = true;
          resolve({ ws, replies, closed: () => closeCode });
        }
        return;
      }
      if (message.type === 'error' || message.type === 'pong' || message.type === 'ack') replies.push(message);
    });
    ws.on('close', (code) => (closeCode = code));
    ws.on('error', reject);
  });
}

function frameSize(frame: Frame): number {
  return frame.kind === 'binary' ? frame.data.byteLength : Buffer.byteLength(frame.data);
}

describe('hostile messages against a live hub', () => {
  it(`refuses ${MESSAGES} generated messages one by one, and the hub is unchanged, up and lean afterwards`, async () => {
    const heapBefore = await collectedHeapBytes();
    const seqBefore = hub.engine.seq();
    const stateBefore = structuredClone(hub.engine.state());
    let sent = 0;
    let connection = 0;
    const codes = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(fc.array(hostileFrame, { minLength: PER_CONNECTION, maxLength: PER_CONNECTION }), async (frames) => {
        const principal = ROLES[connection++ % ROLES.length] ?? 'screen';
        const { ws, replies, closed } = await connect(principal);
        const sendable = frames.filter((frame) => frameSize(frame) < LIMITS.hardMaxFrameBytes);
        for (const frame of sendable) ws.send(frame.data, { binary: frame.kind === 'binary' });
        await vi.waitUntil(() => replies.length >= sendable.length || closed() !== null, { timeout: 10_000, interval: 2, message: `a reply to each of ${sendable.length} frames` });
        ws.close();
        sent += sendable.length;
        expect(closed()).toBeNull();
        expect(replies).toHaveLength(sendable.length);
        for (const reply of replies) {
          if (reply.type === 'error') codes.set(reply.code, (codes.get(reply.code) ?? 0) + 1);
          else expect(reply.type === 'ack' && reply.seq === seqBefore, JSON.stringify(reply)).toBe(true);
        }
        expect(hub.engine.seq()).toBe(seqBefore);
      }),
      { numRuns: Math.ceil(MESSAGES / PER_CONNECTION), seed: Number(process.env.FUZZ_SEED ?? 20261127) },
    );

    expect(sent).toBeGreaterThanOrEqual(MESSAGES * 0.98);
    for (const code of ['bad_json', 'bad_message', 'too_large', 'forbidden', 'not_found']) expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
    expect(hub.engine.seq()).toBe(seqBefore);
    expect(hub.engine.state()).toEqual(stateBefore);
    const health = await fetch(`${hub.localUrl}/healthz`).then((r) => r.json());
    expect(health).toMatchObject({ ok: true, seq: seqBefore });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Every fuzzing socket is closed on the hub's side (so its buffers can be freed) before the heap is measured.
    await vi.waitUntil(() => hub.health().clients === 0, { timeout: 10_000, message: 'the hub to close every fuzzing socket' });
    const heapGrowth = (await collectedHeapBytes()) - heapBefore;
    expect(heapGrowth).toBeLessThan(40 * 1024 * 1024);
  });
});
