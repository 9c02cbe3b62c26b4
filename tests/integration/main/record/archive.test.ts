/**
 * Archive and restore of a session, with a real hub on a real data folder:
 * the round trip keeps the final hash and every document's bytes; an archive
 * changed by one byte, truncated, from a newer format, or holding entries
 * that climb out of their folder is refused and writes nothing; an archive
 * taken while the hub takes commands is consistent; and the restored session
 * opens read-only in a real hub with the same state as the original.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli';
import { CATALOG_FILE } from '../../../../src/main/hub/catalog/sessionCatalog';
import { DATABASE_FILE, sessionFolder } from '../../../../src/main/hub/dataFolder';
import { list } from 'tar';
import { NOTES_FILE } from '../../../../src/main/hub/notes/notesStore';
import type { Hub } from '../../../../src/main/hub/startHub';
import { openSqliteEventLog } from '../../../../src/main/hub/store/sqliteEventLog';
import { sessionDocumentHashes } from '../../../../src/main/record/sessionDocuments';
import { replay } from '../../../../src/shared/core';
import type { SessionState } from '../../../../src/shared/protocol';
import { catalogCall } from '../../../helpers/catalogApi';
import { rawArchive, repackArchive } from '../../../helpers/hostileArchive';
import { recordTwoVotes } from '../../../helpers/recordedVotes';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../../helpers/testHub';
import { TestSocket } from '../../../helpers/testSocket';

async function chamber(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dataDir: string;
let scratch: string;
let hub: Hub;
let sessionId: string;
let archive: string;
const folders: string[] = [];

function freshFolder(): string {
  const folder = makeDataDir();
  folders.push(folder);
  return folder;
}

/** The log's events up to `count`, folded: the state a restored copy of `count` events must have. */
function stateOf(dir: string, id: string, count?: number): { state: SessionState; finalHash: string; count: number } {
  const log = openSqliteEventLog(join(sessionFolder(dir, id), DATABASE_FILE), { readonly: true });
  try {
    const chain = log.verify();
    if (!chain.ok) throw new Error(`broken chain in ${dir}`);
    const events = log.readAfter(0).filter((stored) => count === undefined || stored.seq <= count);
    return { state: replay(events.map((stored) => stored.event)), finalHash: chain.finalHash, count: chain.count };
  } finally {
    log.close();
  }
}

/** Nothing of a refused restore is left: no session folder, no catalog entry, no temporary folder. */
/** A refused restore into an empty folder leaves it empty: no session, no sessions/, no catalog.json, no staging folder. */
function expectNothingRestored(dir: string): void {
  expect(readdirSync(dir)).toEqual([]);
}

beforeAll(async () => {
  dataDir = makeDataDir();
  scratch = makeDataDir();
  hub = await startTestHub(dataDir);
  sessionId = hub.activeSessionId() ?? '';
  await recordTwoVotes(hub);
  archive = join(scratch, 'session.tar.gz');
  const made = await chamber('archive', '--data', dataDir, '--session', sessionId, '--out', archive);
  if (made.code !== 0) throw new Error(made.err);
});

afterAll(async () => {
  await hub.stop();
  removeDataDir(dataDir);
  removeDataDir(scratch);
  for (const folder of folders) removeDataDir(folder);
});

describe('an archive round trip', () => {
  it('restores to a fresh folder with the same final hash and every document byte for byte', async () => {
    const target = freshFolder();
    const restored = await chamber('restore', '--in', archive, '--data', target);
    expect(restored.code, restored.err).toBe(0);
    const original = stateOf(dataDir, sessionId);
    const copy = stateOf(target, sessionId);
    expect(copy.finalHash).toBe(original.finalHash);
    const verified = await chamber('verify', '--data', target, '--session', sessionId);
    expect(verified.out).toContain(`Final hash: ${original.finalHash}`);

    const documents = sessionDocumentHashes(original.state);
    expect(documents.length).toBeGreaterThan(0);
    for (const hash of documents) {
      expect(sha256(join(target, 'documents', `${hash}.pdf`))).toBe(sha256(join(dataDir, 'documents', `${hash}.pdf`)));
      expect(sha256(join(target, 'documents', `${hash}.pdf`))).toBe(hash);
    }
    const catalog = JSON.parse(readFileSync(join(target, CATALOG_FILE), 'utf8')) as { sessions: Array<{ id: string; restored?: boolean }> };
    expect(catalog.sessions).toEqual([expect.objectContaining({ id: sessionId, restored: true })]);
  });

  it('keeps its databases owner-only (0600), with no -wal or -shm beside them', async () => {
    const entries: { path: string; mode: number }[] = [];
    await list({ file: archive, onReadEntry: (entry) => entries.push({ path: entry.path, mode: entry.mode ?? 0 }) });
    const databases = entries.filter((entry) => entry.path.endsWith('.sqlite'));
    expect(databases.map((entry) => entry.path)).toContain(`session/${DATABASE_FILE}`);
    for (const entry of databases) expect((entry.mode & 0o777).toString(8), entry.path).toBe('600');
    expect(entries.filter((entry) => /-(?:wal|shm|journal)$/.test(entry.path))).toEqual([]);
  });

  it('is verified in a folder holding only it without --session: the only session is picked', async () => {
    const target = freshFolder();
    expect((await chamber('restore', '--in', archive, '--data', target)).code).toBe(0);
    const verified = await chamber('verify', '--data', target);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toContain(`Final hash: ${stateOf(target, sessionId).finalHash}`);
  });

  it('refuses to restore a session the folder already has, naming it, and overwrites nothing', async () => {
    const target = freshFolder();
    expect((await chamber('restore', '--in', archive, '--data', target)).code).toBe(0);
    const before = sha256(join(sessionFolder(target, sessionId), DATABASE_FILE));
    const again = await chamber('restore', '--in', archive, '--data', target);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`Session ${sessionId}`);
    expect(again.err).toMatch(/already in .*never overwrites/);
    expect(sha256(join(sessionFolder(target, sessionId), DATABASE_FILE))).toBe(before);
  });

  it('opens read-only in a real hub, refuses commands and notes writes with read_only, and replays to the original state', async () => {
    const target = freshFolder();
    expect((await chamber('restore', '--in', archive, '--data', target)).code).toBe(0);
    const manifestCount = stateOf(target, sessionId).count;
    const restoredHub = await startTestHub(target, { seed: undefined });
    try {
      const listing = await catalogCall(restoredHub, 'GET', '/api/sessions', { token: restoredHub.consoleToken });
      expect(listing.body).toMatchObject({ sessions: [{ id: sessionId, restored: true }] });
      const opened = await catalogCall(restoredHub, 'POST', `/api/sessions/${sessionId}/activate`, { token: restoredHub.consoleToken, body: {} });
      expect(opened.status).toBe(200);
      expect(restoredHub.activeReadOnly()).toBe(true);
      expect(restoredHub.engine.state()).toEqual(stateOf(dataDir, sessionId, manifestCount).state);
      const secretary = await TestSocket.connect(socketUrl(restoredHub), tokenOf(restoredHub, 'secretary'));
      try {
        expect(await secretary.command({ type: 'session.end' })).toMatchObject({ type: 'error', code: 'read_only' });
      } finally {
        secretary.close();
      }
      const notesOf = (method: string, path = '') =>
        fetch(`${restoredHub.localUrl}/api/notes${path}`, { method, headers: { Authorization: `Bearer ${tokenOf(restoredHub, 'seat-1')}` } });
      expect((await notesOf('GET')).status).toBe(200);
      for (const path of ['', '/AAAAAAAAAAAAAAAAAAAAAA']) {
        const refused = await notesOf('DELETE', path);
        expect(refused.status).toBe(409);
        expect(await refused.json()).toMatchObject({ error: 'read_only' });
      }
      expect(existsSync(join(sessionFolder(target, sessionId), NOTES_FILE))).toBe(false);
    } finally {
      await restoredHub.stop();
    }
  });
});

describe('a damaged or hostile archive is refused and nothing is written', () => {
  const bytes = () => readFileSync(archive);

  it.each([0.001, 0.25, 0.5, 0.75, 0.999])('one byte changed at %f of the file', async (where) => {
    const changed = Buffer.from(bytes());
    const at = Math.min(changed.length - 1, Math.floor(changed.length * where));
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    const file = join(scratch, `changed-${where}.tar.gz`);
    writeFileSync(file, changed);
    const target = freshFolder();
    const result = await chamber('restore', '--in', file, '--data', target);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/changed or damaged|truncated or damaged|not valid|manifest/);
    expectNothingRestored(target);
  });

  it('a truncated archive', async () => {
    const file = join(scratch, 'truncated.tar.gz');
    writeFileSync(file, bytes().subarray(0, Math.floor(bytes().length * 0.6)));
    const target = freshFolder();
    const result = await chamber('restore', '--in', file, '--data', target);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/truncated or damaged/);
    expectNothingRestored(target);
  });

  it('an archive from a newer format version: "update first"', async () => {
    const file = join(scratch, 'newer.tar.gz');
    await repackArchive(archive, file, (folder) => {
      const manifestFile = join(folder, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, formatVersion: 99 }));
    });
    const target = freshFolder();
    const result = await chamber('restore', '--in', file, '--data', target);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/made by a newer Chamber .*update first/);
    expectNothingRestored(target);
  });

  it('a file the manifest does not list', async () => {
    const file = join(scratch, 'extra.tar.gz');
    await repackArchive(archive, file, (folder) => {
      const manifestFile = join(folder, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { entries: Array<{ path: string; bytes: number; sha256: string }> };
      writeFileSync(join(folder, 'session', 'extra.txt'), 'x');
      // Listed for packing, then taken out of the manifest again.
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, entries: [...manifest.entries, { path: 'session/extra.txt', bytes: 1, sha256: '0'.repeat(64) }] }));
    });
    const target = freshFolder();
    const result = await chamber('restore', '--in', file, '--data', target);
    expect(result.code).toBe(1);
    expectNothingRestored(target);
  });

  it.each([
    ['a path that climbs out', [{ path: '../escaped.txt', content: 'x' }], /outside the session and documents folders/],
    ['an absolute path', [{ path: '/tmp/chamber-escaped.txt', content: 'x' }], /outside the session and documents folders/],
    ['a symbolic link', [{ path: 'session/chamber.sqlite', type: 'SymbolicLink' as const, linkpath: '/etc/passwd' }], /not a plain file/],
    ['a hard link', [{ path: 'session/chamber.sqlite', type: 'Link' as const, linkpath: 'manifest.json' }], /not a plain file/],
  ])('%s', async (_name, entries, message) => {
    const file = join(scratch, 'hostile.tar.gz');
    rawArchive(file, [{ path: 'manifest.json', content: '{}' }, ...entries]);
    const target = freshFolder();
    const result = await chamber('restore', '--in', file, '--data', target);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(existsSync(join(target, '..', 'escaped.txt'))).toBe(false);
    expect(existsSync('/tmp/chamber-escaped.txt')).toBe(false);
    expectNothingRestored(target);
  });

  it('an archive that unpacks past the size limit', async () => {
    const file = join(scratch, 'large.tar.gz');
    rawArchive(file, [{ path: 'manifest.json', content: '{}' }, { path: 'session/filler.bin', content: Buffer.alloc(5 * 1024 * 1024) }]);
    const target = freshFolder();
    const { restoreSessionArchive } = await import('../../../../src/main/record/restoreSessionArchive');
    const put: unknown[] = [];
    await expect(restoreSessionArchive({ archive: file, dataDir: target, catalog: { get: () => undefined, put: (summary) => put.push(summary) }, limits: { maxBytes: 1024 * 1024, maxEntries: 10 } })).rejects.toThrow(/more than 1048576 bytes/);
    expect(put).toEqual([]);
    expectNothingRestored(target);
  });
});

describe('archives over HTTP while the hub runs', () => {
  it('archives the active session while it takes commands, and the archive restores whole', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const items = hub.engine.state().agenda.map((item) => item.id);
    let stop = false;
    let committed = 0;
    const busy = (async () => {
      // A secretary clicking through the agenda, well within the per-connection rate limit.
      for (let turn = 0; !stop; turn += 1) {
        const reply = await secretary.command({ type: 'agenda.setCurrent', itemId: items[turn % items.length] ?? null });
        if (reply.type === 'ack') committed += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    try {
      const seqBefore = hub.engine.seq();
      const response = await fetch(`${hub.localUrl}/api/sessions/${sessionId}/archive`, { headers: { authorization: `Bearer ${hub.consoleToken}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`chamber-${sessionId}.tar.gz`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get('content-length'))).toBe(body.length);
      stop = true;
      await busy;
      expect(committed).toBeGreaterThan(0);
      expect(hub.engine.seq()).toBeGreaterThan(seqBefore);

      const other = freshFolder();
      const otherHub = await startTestHub(other, { seed: undefined });
      try {
        const restored = await catalogCall(otherHub, 'POST', '/api/sessions/restore', { token: otherHub.consoleToken, rawBody: body as unknown as string, headers: { 'content-type': 'application/gzip' } });
        expect(restored.status, JSON.stringify(restored.body)).toBe(201);
        const reply = restored.body as { id: string; eventCount: number; finalHash: string };
        expect(reply.id).toBe(sessionId);
        const copy = stateOf(other, sessionId);
        expect(copy.count).toBe(reply.eventCount);
        expect(copy.finalHash).toBe(reply.finalHash);
        expect(copy.state).toEqual(stateOf(dataDir, sessionId, reply.eventCount).state);
        expect(otherHub.catalog().sessions).toEqual([expect.objectContaining({ id: sessionId, restored: true })]);

        const again = await catalogCall(otherHub, 'POST', '/api/sessions/restore', { token: otherHub.consoleToken, rawBody: body as unknown as string });
        expect(again.status).toBe(409);
        expect(again.body).toMatchObject({ error: 'already_exists' });
      } finally {
        await otherHub.stop();
      }
    } finally {
      stop = true;
      await busy;
      secretary.close();
    }
  });

  it('answers a damaged upload with bad_archive and restores nothing', async () => {
    const other = freshFolder();
    const otherHub = await startTestHub(other, { seed: undefined });
    try {
      const damaged = Buffer.from(readFileSync(archive));
      const middle = Math.floor(damaged.length / 2);
      damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
      const refused = await catalogCall(otherHub, 'POST', '/api/sessions/restore', { token: otherHub.consoleToken, rawBody: damaged as unknown as string });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ error: 'bad_archive' });
      expect(otherHub.catalog().sessions).toEqual([]);
      expect(readdirSync(other).filter((name) => name.startsWith('.upload-') || name.startsWith('.restore-'))).toEqual([]);
    } finally {
      await otherHub.stop();
    }
  });

  it('refuses the archive and restore routes without the console token', async () => {
    expect((await catalogCall(hub, 'GET', `/api/sessions/${sessionId}/archive`)).status).toBe(401);
    expect((await catalogCall(hub, 'POST', '/api/sessions/restore', { rawBody: 'x' })).status).toBe(401);
    expect(statSync(archive).size).toBeGreaterThan(0);
  });
});
