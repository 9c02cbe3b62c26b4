/**
 * A hub refuses to open a session whose hash chain is broken, and opens it
 * only read-only when told to: an event's body changed by one byte in the raw
 * SQLite file, or an event deleted, with the append-only triggers dropped as
 * an attacker would. Real hub, real SQLite file, real sockets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, sessionFolder } from '../../../../src/main/hub/dataFolder';
import type { Hub } from '../../../../src/main/hub/startHub';
import { NOTES_FILE } from '../../../../src/main/hub/notes/notesStore';
import { catalogCall } from '../../../helpers/catalogApi';
import { httpGet } from '../../../helpers/httpGet';
import { changeOneByteOfEvent, deleteEvent } from '../../../helpers/tamperEventLog';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../../helpers/testHub';
import { TestSocket } from '../../../helpers/testSocket';

let dataDir: string;
let hub: Hub | null = null;
let sessionId: string;
let seq: number;

beforeEach(async () => {
  dataDir = makeDataDir();
  const first = await startTestHub(dataDir);
  sessionId = first.activeSessionId() ?? '';
  seq = first.engine.seq();
  await first.stop();
});

afterEach(async () => {
  await hub?.stop();
  hub = null;
  removeDataDir(dataDir);
});

const logFile = () => join(sessionFolder(dataDir, sessionId), DATABASE_FILE);

// Shapes only: the notes route never looks inside, so any well-formed base64 stands in for ciphertext.
const b64 = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill).toString('base64');
const NOTES_KEY = { salt: b64(16), iterations: 600_000, check: { iv: b64(12), data: b64(38) } };
const NOTE = { iv: b64(12, 2), data: b64(100, 3) };
const NOTE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

async function notesCall(on: Hub, path: string, method: string, token: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${on.localUrl}/api/notes${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

const tamperings = [
  { name: 'an event whose body was changed by one byte', tamper: () => changeOneByteOfEvent(logFile(), 1), badSeq: 1, reason: /hash does not match content/ },
  { name: 'a deleted event', tamper: () => deleteEvent(logFile(), 3), badSeq: 4, reason: /expected seq 3/ },
];

describe.each(tamperings)('a session with $name', ({ tamper, badSeq, reason }) => {
  it('is not opened at start: the hub serves the lobby and names the bad event', async () => {
    tamper();
    hub = await startTestHub(dataDir);
    expect(hub.activeSessionId()).toBeNull();
    expect(hub.brokenChains()).toEqual([expect.objectContaining({ sessionId, seq: badSeq, reason: expect.stringMatching(reason) })]);
    const listing = await catalogCall(hub, 'GET', '/api/sessions', { token: hub.consoleToken });
    expect(listing.status).toBe(200);
    expect(listing.body).toMatchObject({ activeSessionId: null, brokenChains: [{ sessionId, seq: badSeq }] });
  });

  it('is refused by the lobby with chain_broken, and opens when asked read-only', async () => {
    tamper();
    hub = await startTestHub(dataDir);
    const refused = await catalogCall(hub, 'POST', `/api/sessions/${sessionId}/activate`, { token: hub.consoleToken, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'chain_broken', chain: { sessionId, seq: badSeq } });
    expect(hub.activeSessionId()).toBeNull();

    const opened = await catalogCall(hub, 'POST', `/api/sessions/${sessionId}/activate`, { token: hub.consoleToken, body: { readOnly: true } });
    expect(opened.status).toBe(200);
    expect(hub.activeSessionId()).toBe(sessionId);
    expect(hub.activeReadOnly()).toBe(true);
  });

  it('opens read-only with the readOnly option, says so in the welcome, and refuses every command with read_only', async () => {
    tamper();
    hub = await startTestHub(dataDir, { readOnly: true });
    expect(hub.activeSessionId()).toBe(sessionId);
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-1'));
    try {
      expect(secretary.messages.find((message) => message.type === 'welcome')).toMatchObject({ readOnly: true });
      const before = hub.engine.seq();
      expect(await secretary.command({ type: 'agenda.setCurrent', itemId: null })).toMatchObject({ type: 'error', code: 'read_only' });
      expect(await secretary.command({ type: 'session.end' })).toMatchObject({ type: 'error', code: 'read_only' });
      expect(await delegate.command({ type: 'speech.request', kind: 'discussion' })).toMatchObject({ type: 'error', code: 'read_only' });
      expect(hub.engine.seq()).toBe(before);
    } finally {
      secretary.close();
      delegate.close();
    }
  });

  it('makes no minutes from it read-only: GET /api/minutes answers chain_broken, 409, naming the bad event', async () => {
    tamper();
    hub = await startTestHub(dataDir, { readOnly: true });
    for (const format of ['pdf', 'docx']) {
      const answer = await httpGet(`${hub.localUrl}/api/minutes?format=${format}`, { headers: { Authorization: `Bearer ${hub.consoleToken}` } });
      expect(answer.status).toBe(409);
      expect(answer.json()).toMatchObject({ error: 'chain_broken', message: expect.stringContaining(`seq ${badSeq}`) });
    }
  });

  it('keeps the notes it had read-only: they can be read, and every notes write is refused with read_only, the file unchanged', async () => {
    const intact = await startTestHub(dataDir);
    const seatToken = tokenOf(intact, 'seat-1');
    expect((await notesCall(intact, '/key', 'PUT', seatToken, NOTES_KEY)).status).toBe(200);
    expect((await notesCall(intact, `/${NOTE_ID}`, 'PUT', seatToken, NOTE)).status).toBe(200);
    await intact.stop();
    const notesFile = join(sessionFolder(dataDir, sessionId), NOTES_FILE);
    const before = readFileSync(notesFile);
    tamper();
    hub = await startTestHub(dataDir, { readOnly: true });
    const token = tokenOf(hub, 'seat-1');
    const kept = { key: NOTES_KEY, notes: [{ id: NOTE_ID, ...NOTE }] };
    expect(await notesCall(hub, '', 'GET', token)).toEqual({ status: 200, body: kept });
    const writes: [string, string, unknown?][] = [
      ['', 'DELETE'],
      [`/${NOTE_ID}`, 'DELETE'],
      [`/${NOTE_ID}`, 'PUT', { ...NOTE, data: b64(50, 7) }],
      ['/BBBBBBBBBBBBBBBBBBBBBB', 'PUT', NOTE],
      ['/key', 'PUT', { ...NOTES_KEY, salt: b64(16, 5) }],
    ];
    for (const [path, method, body] of writes) {
      expect(await notesCall(hub, path, method, token, body), `${method} ${path}`).toMatchObject({ status: 409, body: { error: 'read_only' } });
    }
    expect(await notesCall(hub, '', 'GET', token)).toEqual({ status: 200, body: kept });
    await hub.stop();
    hub = null;
    expect(readFileSync(notesFile).equals(before)).toBe(true);
  });
});

it('opens an intact session for work, and read-only only when asked', async () => {
  hub = await startTestHub(dataDir);
  expect(hub.activeSessionId()).toBe(sessionId);
  expect(hub.activeReadOnly()).toBe(false);
  expect(hub.brokenChains()).toEqual([]);
  expect(hub.engine.seq()).toBe(seq);
});

it('starts in the lobby with --read-only when an edit left an event that cannot even be read', async () => {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(logFile());
  db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
  db.prepare(`UPDATE events SET body = '{"type":"no.such.event"}' WHERE seq = 2`).run();
  db.close();
  hub = await startTestHub(dataDir, { readOnly: true });
  expect(hub.activeSessionId()).toBeNull();
  expect((await fetch(`${hub.localUrl}/healthz`)).status).toBe(200);
});
