import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteEventLog } from '../../../../../src/main/hub/store/sqliteEventLog';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeDataDir();
  file = join(dir, 'log.sqlite');
});
afterEach(() => removeDataDir(dir));

describe('SQLite event log', () => {
  it('keeps events and the chain across a reopen', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: 'a' }], 1);
    log.close();
    const reopened = openSqliteEventLog(file);
    expect(reopened.lastSeq()).toBe(1);
    reopened.append([{ type: 'agenda.currentSet', itemId: 'b' }], 2);
    expect(reopened.verify()).toMatchObject({ ok: true, count: 2 });
    reopened.close();
  });

  it('uses WAL journaling', () => {
    openSqliteEventLog(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses updates and deletes of stored events', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: 'a' }], 1);
    log.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE events SET body = '{}' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    db.close();
  });

  it('detects an event edited behind its back', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: 'a' }, { type: 'agenda.currentSet', itemId: 'b' }], 1);
    log.close();
    const db = new Database(file);
    db.exec('DROP TRIGGER events_append_only_update');
    db.prepare(`UPDATE events SET body = '{"type":"agenda.currentSet","itemId":"z"}' WHERE seq = 1`).run();
    db.close();
    const reopened = openSqliteEventLog(file);
    expect(reopened.verify()).toMatchObject({ ok: false, seq: 1, reason: 'hash does not match content' });
    reopened.close();
  });

  it('opens read-only for tools that run beside a live hub', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: 'a' }], 1);
    const reader = openSqliteEventLog(file, { readonly: true });
    expect(reader.readAfter(0)).toHaveLength(1);
    expect(() => reader.append([{ type: 'agenda.currentSet', itemId: 'b' }], 2)).toThrow();
    reader.close();
    log.close();
  });
});

describe('SQLite snapshots', () => {
  it('skip a snapshot that no longer reads as a state, and keep only the newest three', async () => {
    const { sessionState } = await import('../../../../unit/shared/core/fixtures');
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: null }, { type: 'agenda.currentSet', itemId: 'x' }, { type: 'agenda.currentSet', itemId: null }], 1);
    const state = sessionState();
    for (const seq of [1, 2, 3]) log.saveSnapshot({ seq, state });
    log.close();
    const db = new Database(file);
    db.prepare("UPDATE snapshots SET state = '{\"broken\":true}' WHERE seq = 3").run();
    expect((db.prepare('SELECT COUNT(*) AS n FROM snapshots').get() as { n: number }).n).toBe(3);
    db.close();
    const reopened = openSqliteEventLog(file);
    expect(reopened.latestSnapshot()?.seq).toBe(2);
    reopened.close();
  });
});

describe('durability classes', () => {
  it('syncs every change to disk before it returns, except routine navigation', async () => {
    const { mustSurvivePowerLoss } = await import('../../../../../src/main/hub/store/sqliteEventLog');
    expect(mustSurvivePowerLoss({ type: 'vote.published', voteId: 'v', tally: { participants: 0, counts: {} } })).toBe(true);
    expect(mustSurvivePowerLoss({ type: 'pairing.reissued', principalId: 'seat-1', generation: 2 })).toBe(true);
    expect(mustSurvivePowerLoss({ type: 'settings.voteLabelsSet', labels: { for: 'a', against: 'b', abstain: 'c' } })).toBe(true);
    expect(mustSurvivePowerLoss({ type: 'agenda.itemRemoved', itemId: 'a' })).toBe(true);
    expect(mustSurvivePowerLoss({ type: 'document.removed', documentId: 'd' })).toBe(true);
    expect(mustSurvivePowerLoss({ type: 'agenda.currentSet', itemId: null })).toBe(false);
    expect(mustSurvivePowerLoss({ type: 'presentation.shown', presentation: { documentId: 'd', page: 1, offset: 0 } })).toBe(false);
    expect(mustSurvivePowerLoss({ type: 'presentation.stopped' })).toBe(false);
  });

  it('creates the database, its WAL and its shared memory owner-only', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'agenda.currentSet', itemId: 'a' }], 1);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect((statSync(path).mode & 0o777).toString(8), path).toBe('600');
    log.close();
  });

  it('leaves the connection in its routine mode after a synced commit', () => {
    const log = openSqliteEventLog(file);
    log.append([{ type: 'pairing.reissued', principalId: 'seat-1', generation: 2 }], 1);
    log.append([{ type: 'agenda.currentSet', itemId: null }], 2);
    expect(log.verify()).toMatchObject({ ok: true, count: 2 });
    log.close();
  });
});
