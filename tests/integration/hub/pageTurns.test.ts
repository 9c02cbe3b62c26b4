import { describe, expect, it } from 'vitest';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import { PAGE_TURN_WINDOW_MS } from '../../../src/main/hub/pageTurnCoalescer';
import type { Hub } from '../../../src/main/hub/startHub';
import type { HubMessage } from '../../../src/shared/protocol';
import { ManualClock } from '../../helpers/manualClock';
import { activeSessionFolder, makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

function longestDocument() {
  const document = [...hub.engine.state().documents].sort((a, b) => b.pages - a.pages)[0];
  if (!document) throw new Error('the demo session has no documents');
  return document;
}

describe('page turns', () => {
  it('a page turn reaches every delegate with the place on the page', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegates = await Promise.all([1, 2, 3].map((seat) => TestSocket.connect(socketUrl(hub), tokenOf(hub, `seat-${seat}`))));
    const document = longestDocument();
    const reply = await secretary.command({ type: 'presentation.show', documentId: document.id, page: 5, offset: 0.4 });
    expect(reply.type).toBe('ack');
    for (const delegate of delegates) {
      await delegate.until(() => (delegate.state.presentation?.page === 5 ? true : undefined), 'page 5');
      expect(delegate.state.presentation).toEqual({ documentId: document.id, page: 5, offset: 0.4 });
    }
  });

  it('[T1] a held-down clicker is committed at once, then once per window with the newest page, and every turn is acknowledged with the seq of its commit', async () => {
    // A hub of its own whose coalescing windows end only when the test moves its clock.
    const clock = new ManualClock();
    const heldDir = makeDataDir();
    const held = await startTestHub(heldDir, { clock });
    try {
      const secretary = await TestSocket.connect(socketUrl(held), tokenOf(held, 'secretary'));
      const delegate = await TestSocket.connect(socketUrl(held), tokenOf(held, 'seat-9'));
      const document = [...held.engine.state().documents].sort((a, b) => b.pages - a.pages)[0];
      if (!document) throw new Error('the demo session has no documents');
      const seqBefore = held.engine.seq();
      const turns = 30;
      const from = secretary.messages.length;
      for (let page = 1; page <= turns; page += 1) {
        secretary.send({ type: 'command', requestId: `turn-${page}`, command: { type: 'presentation.show', documentId: document.id, page, offset: 0 } });
      }
      // One socket's messages are handled in order: the pong says the hub has taken every turn.
      secretary.send({ type: 'ping' });
      await secretary.waitFor((m) => m.type === 'pong', 'the pong after the turns', from);
      const acksOf = () => secretary.messages.slice(from).flatMap((m) => (m.type === 'ack' ? [m] : []));
      expect(acksOf()).toEqual([{ type: 'ack', requestId: 'turn-1', seq: seqBefore + 1 }]);
      expect(held.engine.state().presentation).toEqual({ documentId: document.id, page: 1, offset: 0 });

      clock.advance(PAGE_TURN_WINDOW_MS);
      const acks = await secretary.until(() => (acksOf().length === turns ? acksOf() : undefined), 'an ack for every turn');
      expect(acks.slice(1).map((ack) => ack.requestId)).toEqual(Array.from({ length: turns - 1 }, (_, index) => `turn-${index + 2}`));
      expect(acks.slice(1).every((ack) => ack.seq === seqBefore + 2)).toBe(true);
      expect(held.engine.seq()).toBe(seqBefore + 2);
      expect(held.engine.state().presentation).toEqual({ documentId: document.id, page: turns, offset: 0 });
      await delegate.until(() => (delegate.state.presentation?.page === turns ? true : undefined), 'the last page on the delegate');

      const log = openSqliteEventLog(`${activeSessionFolder(held, heldDir)}/chamber.sqlite`, { readonly: true });
      const turnsInLog = log.readAfter(seqBefore).flatMap((stored) => (stored.event.type === 'presentation.shown' ? [stored.event.presentation.page] : []));
      log.close();
      expect(turnsInLog).toEqual([1, turns]);
    } finally {
      await held.stop();
      removeDataDir(heldDir);
    }
  });

  it('a turn still waiting for its window when the hub stops is committed and acknowledged, not lost', async () => {
    const clock = new ManualClock();
    const stoppingDir = makeDataDir();
    const stopping = await startTestHub(stoppingDir, { clock });
    try {
      const secretary = await TestSocket.connect(socketUrl(stopping), tokenOf(stopping, 'secretary'));
      const document = stopping.engine.state().documents[0];
      if (!document) throw new Error('the demo session has no documents');
      expect((await secretary.command({ type: 'presentation.show', documentId: document.id, page: 1, offset: 0 }, 'first')).type).toBe('ack');
      const from = secretary.messages.length;
      secretary.send({ type: 'command', requestId: 'waiting', command: { type: 'presentation.show', documentId: document.id, page: 2, offset: 0 } });
      secretary.send({ type: 'ping' });
      await secretary.waitFor((m) => m.type === 'pong', 'the pong after the waiting turn', from);
      expect(secretary.messages.slice(from).some((m) => m.type === 'ack')).toBe(false);
      await stopping.stop();
      const ack = await secretary.waitFor((m): m is Extract<HubMessage, { type: 'ack' }> => m.type === 'ack' && m.requestId === 'waiting', 'the ack of the waiting turn', from);
      const log = openSqliteEventLog(`${activeSessionFolder(stopping, stoppingDir)}/chamber.sqlite`, { readonly: true });
      const last = log.readAfter(0).at(-1);
      log.close();
      expect(last).toMatchObject({ seq: ack.seq, event: { type: 'presentation.shown', presentation: { documentId: document.id, page: 2, offset: 0 } } });
    } finally {
      await stopping.stop();
      removeDataDir(stoppingDir);
    }
  });

  it('[T2] a stop right after a turn is not overtaken by the pending turn', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const document = longestDocument();
    secretary.send({ type: 'command', requestId: 't1', command: { type: 'presentation.show', documentId: document.id, page: 2, offset: 0 } });
    secretary.send({ type: 'command', requestId: 't2', command: { type: 'presentation.show', documentId: document.id, page: 3, offset: 0 } });
    const stop = await secretary.command({ type: 'presentation.stop' }, 'stop');
    expect(stop.type).toBe('ack');
    expect(hub.engine.state().presentation).toBeNull();
  });

  it('[T3] a turn to a page past the end is refused at once', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const document = longestDocument();
    const reply = await secretary.command({ type: 'presentation.show', documentId: document.id, page: document.pages + 1, offset: 0 });
    expect(reply).toMatchObject({ type: 'error', code: 'invalid' });
  });

  it('[T4] a delegate who reconnects lands on the presenter’s current page', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-4'));
    const kept = { state: delegate.state, seq: delegate.seq };
    delegate.close();
    await delegate.waitForClose();
    const document = longestDocument();
    await secretary.command({ type: 'presentation.show', documentId: document.id, page: 12, offset: 0.5 });
    const back = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-4'), kept);
    expect(back.state.presentation).toEqual({ documentId: document.id, page: 12, offset: 0.5 });
  });

  it('[T5] tells staff which delegates follow the presenter', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-6'));
    delegate.send({ type: 'follow', following: true });
    await secretary.waitFor((m) => m.type === 'following' && m.following.includes('seat-6'), 'seat 6 following');
    const from = secretary.messages.length;
    delegate.send({ type: 'follow', following: false });
    await secretary.waitFor((m) => m.type === 'following' && !m.following.includes('seat-6'), 'seat 6 browsing freely', from);
  });

  it('[D7] records which delegates opened a document, for staff only', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-7'));
    const other = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-8'));
    const document = longestDocument();
    expect((await delegate.command({ type: 'document.open', documentId: document.id })).type).toBe('ack');
    await secretary.until(() => (secretary.state.documents.find((d) => d.id === document.id)?.openedBy.includes('seat-7') ? true : undefined), 'the opening on the console');
    // A later change reaches the other delegate only after anything sent before it.
    const later = hub.engine.state().agenda[1]?.id ?? null;
    await secretary.command({ type: 'agenda.setCurrent', itemId: later });
    await other.until(() => (other.state.currentItemId === later ? true : undefined), 'the later change');
    expect(other.messages.some((m) => m.type === 'events' && m.events.some((e) => e.event.type === 'document.opened'))).toBe(false);
    expect(other.state.documents.find((d) => d.id === document.id)?.openedBy).toEqual([]);
  });
});
