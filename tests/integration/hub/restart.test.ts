import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeSessionFolder, makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

describe('hub restart on the same data folder', () => {
  it('rebuilds the state from the log and carries on numbering from the same seq', async () => {
    const first = await startTestHub(dir);
    const secretary = await TestSocket.connect(socketUrl(first), tokenOf(first, 'secretary'));
    const item = secretary.state.agenda[4];
    await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null });
    await secretary.command({ type: 'agenda.update', itemId: item?.id ?? '', changes: { notes: 'Mỗi đại biểu phát biểu không quá 7 phút.' } });
    const before = { seq: first.engine.seq(), state: first.engine.state(), sessionId: first.health().sessionId, token: tokenOf(first, 'seat-9') };
    await first.stop();

    const second = await startTestHub(dir);
    try {
      expect(second.engine.seq()).toBe(before.seq);
      expect(second.engine.state()).toEqual(before.state);
      expect(second.health().sessionId).toBe(before.sessionId);
      expect(tokenOf(second, 'seat-9')).toBe(before.token);

      const again = await TestSocket.connect(socketUrl(second), tokenOf(second, 'secretary'));
      const reply = await again.command({ type: 'agenda.setCurrent', itemId: null });
      expect(reply).toMatchObject({ type: 'ack', seq: before.seq + 1 });
    } finally {
      await second.stop();
    }
  });

  it('lets a delegate resume across the restart with its lastSeq and converge', async () => {
    const first = await startTestHub(dir);
    const delegate = await TestSocket.connect(socketUrl(first), tokenOf(first, 'seat-2'));
    const kept = { state: delegate.state, seq: delegate.seq };
    await first.stop();
    await delegate.waitForClose();

    const second = await startTestHub(dir);
    try {
      const agenda = second.engine.state().agenda;
      second.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: agenda[1]?.id ?? null });
      const resumed = await TestSocket.connect(socketUrl(second), tokenOf(second, 'seat-2'), kept);
      expect(resumed.messages[1]?.type).toBe('events');
      expect(resumed.state.currentItemId).toBe(agenda[1]?.id);
      expect(resumed.seq).toBe(second.engine.seq());
    } finally {
      await second.stop();
    }
  });

  it('keeps the hash chain intact across restarts', async () => {
    const first = await startTestHub(dir);
    const seeded = first.engine.seq();
    first.engine.execute({ id: 'chair', role: 'chair', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: first.engine.state().agenda[0]?.id ?? null });
    await first.stop();
    const second = await startTestHub(dir);
    second.engine.execute({ id: 'chair', role: 'chair', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: null });
    await second.stop();
    const { openSqliteEventLog } = await import('../../../src/main/hub/store/sqliteEventLog');
    const log = openSqliteEventLog(`${activeSessionFolder(second, dir)}/chamber.sqlite`, { readonly: true });
    expect(log.verify()).toMatchObject({ ok: true, count: seeded + 2 });
    log.close();
  });
});

describe('snapshots', () => {
  it('a hub started on a long log begins from its snapshot and reaches the same state as a full replay', async () => {
    const { SNAPSHOT_EVERY } = await import('../../../src/main/hub/sessionEngine');
    const { replay } = await import('../../../src/shared/core');
    const { openSqliteEventLog } = await import('../../../src/main/hub/store/sqliteEventLog');
    const first = await startTestHub(dir);
    const agenda = first.engine.state().agenda;
    const chair = { id: 'chair', role: 'chair' as const, seat: null, generation: 1 };
    for (let i = 0; i < SNAPSHOT_EVERY + 50; i += 1) first.engine.execute(chair, { type: 'agenda.setCurrent', itemId: agenda[i % 3]?.id ?? null });
    const expected = first.engine.state();
    await first.stop();
    const log = openSqliteEventLog(`${activeSessionFolder(first, dir)}/chamber.sqlite`, { readonly: true });
    const snapshot = log.latestSnapshot();
    const full = replay(log.readAfter(0).map((stored) => stored.event));
    log.close();
    expect(snapshot?.seq).toBeGreaterThanOrEqual(SNAPSHOT_EVERY);
    expect(full).toEqual(expected);
    const second = await startTestHub(dir);
    expect(second.engine.state()).toEqual(expected);
    await second.stop();
  });
});
