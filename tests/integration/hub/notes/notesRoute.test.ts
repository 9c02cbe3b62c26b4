import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../../src/main/hub/startHub';
import { NOTES_FILE } from '../../../../src/main/hub/notes/notesStore';
import { NOTES_LIMITS } from '../../../../src/shared/protocol/notes';
import type { NotesKeyRecord, NotesListing, Sealed } from '../../../../src/shared/protocol/notes';
import { sessionWithGuests } from '../../../helpers/sessionWithGuests';
import { activeSessionFolder, socketUrl, tokenOf, useFreshHub } from '../../../helpers/testHub';
import { TestSocket } from '../../../helpers/testSocket';

let hub: Hub;
let dir: string;
useFreshHub(
  (fresh, freshDir) => {
    hub = fresh;
    dir = freshDir;
  },
  { seed: sessionWithGuests(6, 2), seedDocumentsDir: undefined },
);

// Shapes only: the route never looks inside, so any well-formed base64 stands in for ciphertext.
const b64 = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill).toString('base64');
const KEY: NotesKeyRecord = { salt: b64(16), iterations: 600_000, check: { iv: b64(12), data: b64(38) } };
const NOTE: Sealed = { iv: b64(12, 2), data: b64(100, 3) };
const NOTE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const OTHER_ID = 'BBBBBBBBBBBBBBBBBBBBBB';

async function call(path: string, method: string, token: string | null, body?: unknown, raw?: string) {
  const response = await fetch(`${hub.localUrl}/api/notes${path}`, {
    method,
    headers: { ...(token === null ? {} : { Authorization: `Bearer ${token}` }), 'Content-Type': 'application/json' },
    ...(raw !== undefined ? { body: raw } : body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body: answer, cacheControl: response.headers.get('cache-control') };
}

const listing = async (principalId: string) => (await call('', 'GET', tokenOf(hub, principalId))).body as unknown as NotesListing;

async function seatWithNote(principalId: string, note: Sealed = NOTE, noteId = NOTE_ID): Promise<void> {
  expect((await call('/key', 'PUT', tokenOf(hub, principalId), KEY)).status).toBe(200);
  expect((await call(`/${noteId}`, 'PUT', tokenOf(hub, principalId), note)).status).toBe(200);
}

describe('/api/notes', () => {
  it('keeps a seat key and its notes as given, in notes.sqlite of the session folder, never cached', async () => {
    const empty = await call('', 'GET', tokenOf(hub, 'seat-2'));
    expect(empty).toMatchObject({ status: 200, body: { key: null, notes: [] }, cacheControl: 'no-store' });
    await seatWithNote('seat-2');
    expect(await listing('seat-2')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
    expect(existsSync(join(activeSessionFolder(hub, dir), NOTES_FILE))).toBe(true);
  });

  it('replaces a note written again under its id, and deletes it', async () => {
    await seatWithNote('seat-2');
    const changed = { iv: b64(12, 9), data: b64(60, 9) };
    expect((await call(`/${NOTE_ID}`, 'PUT', tokenOf(hub, 'seat-2'), changed)).status).toBe(200);
    expect((await listing('seat-2')).notes).toEqual([{ id: NOTE_ID, ...changed }]);
    expect((await call(`/${NOTE_ID}`, 'DELETE', tokenOf(hub, 'seat-2'))).status).toBe(200);
    expect((await listing('seat-2')).notes).toEqual([]);
  });

  it('shows a delegate only their own seat: another seat sees nothing and deletes nothing', async () => {
    await seatWithNote('seat-2');
    expect(await listing('seat-3')).toEqual({ key: null, notes: [] });
    expect((await call(`/${NOTE_ID}`, 'DELETE', tokenOf(hub, 'seat-3'))).status).toBe(200);
    expect((await call('', 'DELETE', tokenOf(hub, 'seat-3'))).status).toBe(200);
    expect(await listing('seat-2')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
  });

  it('refuses staff and guests, and a request without a current token', async () => {
    await seatWithNote('seat-2');
    for (const principalId of ['secretary', 'chair', 'screen', 'guest-1']) {
      const token = tokenOf(hub, principalId);
      expect((await call('', 'GET', token)).status, principalId).toBe(403);
      expect((await call('/key', 'PUT', token, KEY)).status, principalId).toBe(403);
      expect((await call(`/${OTHER_ID}`, 'PUT', token, NOTE)).status, principalId).toBe(403);
      expect((await call('', 'DELETE', token)).status, principalId).toBe(403);
    }
    expect((await call('', 'GET', null)).status).toBe(401);
    expect((await call('', 'GET', hub.consoleToken)).status).toBe(401);
    expect((await call('', 'GET', 'x'.repeat(32))).status).toBe(401);
    expect(await listing('seat-2')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
  });

  it('lets a reissued token of the same seat reach the notes, and refuses the old one', async () => {
    await seatWithNote('seat-4');
    const oldToken = tokenOf(hub, 'seat-4');
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    expect((await secretary.command({ type: 'pairing.reissue', principalId: 'seat-4' })).type).toBe('ack');
    secretary.close();
    expect(tokenOf(hub, 'seat-4')).not.toBe(oldToken);
    expect(await listing('seat-4')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
    expect((await call('', 'GET', oldToken)).status).toBe(401);
  });

  it('sets the seat key once: a second key is refused and the first stays', async () => {
    await seatWithNote('seat-2');
    const other = { ...KEY, salt: b64(16, 5) };
    expect((await call('/key', 'PUT', tokenOf(hub, 'seat-2'), other)).body).toMatchObject({ error: 'key_exists' });
    expect((await listing('seat-2')).key).toEqual(KEY);
  });

  it('starts over: DELETE discards the key and every note of the seat, and a new key can be set', async () => {
    await seatWithNote('seat-2');
    expect((await call('', 'DELETE', tokenOf(hub, 'seat-2'))).status).toBe(200);
    expect(await listing('seat-2')).toEqual({ key: null, notes: [] });
    expect((await call('/key', 'PUT', tokenOf(hub, 'seat-2'), { ...KEY, salt: b64(16, 6) })).status).toBe(200);
  });

  it('refuses a note before the seat has a key', async () => {
    const answer = await call(`/${NOTE_ID}`, 'PUT', tokenOf(hub, 'seat-2'), NOTE);
    expect(answer).toMatchObject({ status: 409, body: { error: 'no_key' } });
    expect(await listing('seat-2')).toEqual({ key: null, notes: [] });
  });

  it('answers bad input with an error and stores nothing', async () => {
    await seatWithNote('seat-2');
    const token = tokenOf(hub, 'seat-2');
    const bad: Array<[string, string, unknown, string | undefined, number, string]> = [
      [`/${OTHER_ID}`, 'PUT', undefined, '{"iv":', 400, 'bad_json'],
      [`/${OTHER_ID}`, 'PUT', { iv: 'not base64!', data: NOTE.data }, undefined, 400, 'invalid'],
      [`/${OTHER_ID}`, 'PUT', { iv: b64(16), data: NOTE.data }, undefined, 400, 'invalid'],
      [`/${OTHER_ID}`, 'PUT', { ...NOTE, page: 3 }, undefined, 400, 'invalid'],
      [`/${OTHER_ID}`, 'PUT', [NOTE], undefined, 400, 'invalid'],
      [`/${OTHER_ID}`, 'PUT', undefined, '', 400, 'invalid'],
      ['/key', 'PUT', { ...KEY, iterations: 1000 }, undefined, 400, 'invalid'],
      ['/key', 'PUT', { ...KEY, salt: b64(8) }, undefined, 400, 'invalid'],
      ['/..%2F..%2Fhub.key', 'PUT', NOTE, undefined, 404, 'not_found'],
      ['/short', 'PUT', NOTE, undefined, 404, 'not_found'],
      [`/${OTHER_ID}`, 'POST', NOTE, undefined, 405, 'method_not_allowed'],
      ['', 'PUT', NOTE, undefined, 405, 'method_not_allowed'],
    ];
    for (const [path, method, body, raw, status, error] of bad) {
      const answer = await call(path, method, token, body, raw);
      expect({ path, method, status: answer.status, error: answer.body.error }).toEqual({ path, method, status, error });
    }
    expect(await listing('seat-2')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
    expect((await fetch(`${hub.localUrl}/healthz`)).status).toBe(200);
  });

  it('refuses a note over the size limit with 413, and keeps the one stored under that id', async () => {
    await seatWithNote('seat-2');
    const tooLarge = { iv: NOTE.iv, data: 'A'.repeat(NOTES_LIMITS.noteChars + 4) };
    const answer = await call(`/${NOTE_ID}`, 'PUT', tokenOf(hub, 'seat-2'), tooLarge);
    expect(answer).toMatchObject({ status: 413, body: { error: 'too_large' } });
    const hugeBody = await call(`/${NOTE_ID}`, 'PUT', tokenOf(hub, 'seat-2'), undefined, JSON.stringify({ ...NOTE, data: 'A'.repeat(2 * 1024 * 1024) }));
    expect(hugeBody).toMatchObject({ status: 413, body: { error: 'too_large' } });
    expect(await listing('seat-2')).toEqual({ key: KEY, notes: [{ id: NOTE_ID, ...NOTE }] });
  });

  it('refuses a note past the seat limit with seat_full, and stores nothing of it', async () => {
    await seatWithNote('seat-5');
    const token = tokenOf(hub, 'seat-5');
    const big = { iv: NOTE.iv, data: 'A'.repeat(NOTES_LIMITS.noteChars - 4) };
    const bigChars = big.iv.length + big.data.length;
    const fitting = Math.floor((NOTES_LIMITS.seatChars - NOTE.iv.length - NOTE.data.length) / bigChars);
    for (let index = 1; index <= fitting; index += 1) {
      const id = `note-${String(index).padStart(16, '0')}`;
      expect((await call(`/${id}`, 'PUT', token, big)).status, id).toBe(200);
    }
    const before = await listing('seat-5');
    const refused = await call('/note-overflowing-the-seat', 'PUT', token, big);
    expect(refused).toMatchObject({ status: 413, body: { error: 'seat_full' } });
    expect(await listing('seat-5')).toEqual(before);
    // Replacing a stored note by one of the same size still fits.
    expect((await call(`/${NOTE_ID}`, 'PUT', token, NOTE)).status).toBe(200);
  });
});
