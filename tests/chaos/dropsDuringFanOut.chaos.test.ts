/**
 * Client connections cut at random while the secretary keeps changing the
 * session: every client, through its own reconnecting logic, ends with
 * exactly the hub's state.
 */
import WebSocket from 'ws';
import { describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { SocketLike } from '../../src/renderer/client/hubClient';
import { connectSession } from '../../src/renderer/client/connectSession';
import { projectState } from '../../src/shared/core';
import { chaosRandom } from '../helpers/chaosRandom';
import { socketUrl, tokenOf, useFreshHub } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';

const CLIENTS = 100;
const CHANGES = 80;
let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

describe('connections cut during fan-out', () => {
  it(`${CLIENTS} delegates whose connections are cut at random all converge on the final state`, async () => {
    const random = chaosRandom();
    const live = new Map<number, WebSocket>();
    const connections = Array.from({ length: CLIENTS }, (_, index) =>
      connectSession({
        url: socketUrl(hub),
        token: tokenOf(hub, `seat-${(index % 30) + 1}`),
        createSocket: (url) => {
          const ws = new WebSocket(url);
          live.set(index, ws);
          return ws as unknown as SocketLike;
        },
      }),
    );
    const secretaries = await Promise.all([0, 1].map(() => TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'))));
    const agenda = hub.engine.state().agenda;
    let cuts = 0;
    try {
      for (let change = 0; change < CHANGES; change += 1) {
        const secretary = secretaries[change % 2] as TestSocket;
        const item = agenda[change % agenda.length];
        const reply =
          change % 3 === 0
            ? await secretary.command({ type: 'agenda.update', itemId: item?.id ?? '', changes: { notes: `Ghi chú lần ${change}` } })
            : await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null });
        expect(reply.type).toBe('ack');
        for (let i = 0; i < 3; i += 1) {
          const victim = live.get(random.below(CLIENTS));
          if (victim && victim.readyState === WebSocket.OPEN) {
            victim.terminate();
            cuts += 1;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(cuts).toBeGreaterThan(50);
      const expected = projectState(hub.engine.state(), 'delegate');
      // Retried until every client has reconnected and caught up; on timeout the last mismatch is the error.
      await vi.waitFor(
        () => {
          for (const [index, connection] of connections.entries()) {
            const view = connection.store.getState();
            expect(view.synced, `client ${index} in sync`).toBe(true);
            expect(view.seq, `client ${index}'s seq`).toBe(hub.engine.seq());
            expect(view.state, `client ${index}'s state`).toEqual(expected);
          }
        },
        { timeout: 30_000, interval: 50 },
      );
    } finally {
      for (const connection of connections) connection.stop();
    }
  });
});
