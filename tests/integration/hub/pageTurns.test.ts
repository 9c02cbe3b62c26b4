import { describe, expect, it } from 'vitest';
import { openSqliteEventLog } from '../../../src/main/hub/store/sqliteEventLog';
import type { Hub } from '../../../src/main/hub/startHub';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
let dir: string;
useFreshHub((fresh, freshDir) => {
  hub = fresh;
  dir = freshDir;
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

  it('[T1] a held-down clicker is folded into few commits, latest wins, and every turn is acknowledged', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-9'));
    const document = longestDocument();
    const seqBefore = hub.engine.seq();
    const turns = 30;
    const from = secretary.messages.length;
    for (let page = 1; page <= turns; page += 1) {
      secretary.send({ type: 'command', requestId: `turn-${page}`, command: { type: 'presentation.show', documentId: document.id, page, offset: 0 } });
    }
    await secretary.until(() => {
      const acks = secretary.messages.slice(from).filter((m) => m.type === 'ack');
      return acks.length === turns ? acks : undefined;
    }, 'an ack for every turn');
    await delegate.until(() => (delegate.state.presentation?.page === turns ? true : undefined), 'the last page on the delegate');
    const committed = hub.engine.seq() - seqBefore;
    expect(committed).toBeGreaterThanOrEqual(1);
    expect(committed).toBeLessThan(turns / 3);
    expect(hub.engine.state().presentation).toEqual({ documentId: document.id, page: turns, offset: 0 });
    const log = openSqliteEventLog(`${dir}/chamber.sqlite`, { readonly: true });
    const turnsInLog = log.readAfter(seqBefore).filter((stored) => stored.event.type === 'presentation.shown');
    log.close();
    expect(turnsInLog).toHaveLength(committed);
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
