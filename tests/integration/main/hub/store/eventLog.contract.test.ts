/** One contract, two implementations: the SQLite log on disk and the in-memory log. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventLog } from '../../../../../src/main/hub/store/eventLog';
import { createMemoryEventLog } from '../../../../../src/main/hub/store/memoryEventLog';
import { openSqliteEventLog } from '../../../../../src/main/hub/store/sqliteEventLog';
import type { DomainEvent } from '../../../../../src/shared/protocol';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';

const setCurrent = (itemId: string | null): DomainEvent => ({ type: 'agenda.currentSet', itemId });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDataDir(dir);
});

const implementations: Array<[string, () => EventLog]> = [
  ['memory', createMemoryEventLog],
  [
    'sqlite',
    () => {
      const dir = makeDataDir();
      dirs.push(dir);
      return openSqliteEventLog(join(dir, 'log.sqlite'));
    },
  ],
];

describe.each(implementations)('event log contract (%s)', (_name, open) => {
  it('starts empty', () => {
    const log = open();
    expect(log.lastSeq()).toBe(0);
    expect(log.readAfter(0)).toEqual([]);
    expect(log.verify()).toMatchObject({ ok: true, count: 0 });
  });

  it('numbers events from 1 without gaps, across appends', () => {
    const log = open();
    const first = log.append([setCurrent('a'), setCurrent('b')], 1000);
    const second = log.append([setCurrent(null)], 2000);
    expect(first.map((e) => e.seq)).toEqual([1, 2]);
    expect(second).toEqual([{ seq: 3, at: 2000, event: setCurrent(null) }]);
    expect(log.lastSeq()).toBe(3);
  });

  it('reads back what was appended, after a given seq', () => {
    const log = open();
    log.append([setCurrent('a'), setCurrent('b'), setCurrent('c')], 5);
    expect(log.readAfter(1).map((e) => e.event)).toEqual([setCurrent('b'), setCurrent('c')]);
    expect(log.readAfter(3)).toEqual([]);
  });

  it('appends nothing for an empty batch', () => {
    const log = open();
    expect(log.append([], 1)).toEqual([]);
    expect(log.lastSeq()).toBe(0);
  });

  it('verifies an intact chain', () => {
    const log = open();
    log.append([setCurrent('a')], 1);
    log.append([setCurrent('b')], 2);
    expect(log.verify()).toMatchObject({ ok: true, count: 2 });
  });
});

describe.each(implementations)('snapshots (%s)', (_name, open) => {
  it('has none at first, then gives back the newest saved', async () => {
    const { sessionState } = await import('../../../../unit/shared/core/fixtures');
    const log = open();
    expect(log.latestSnapshot()).toBeNull();
    log.append([setCurrent('a'), setCurrent('b')], 1);
    const state = sessionState();
    log.saveSnapshot({ seq: 1, state: { ...state, currentItemId: null } });
    log.saveSnapshot({ seq: 2, state });
    expect(log.latestSnapshot()).toEqual({ seq: 2, state });
  });
});
