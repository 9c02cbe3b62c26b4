/**
 * POST /api/record/minutes-check on a hub serving the scripted session: the
 * hub's own DOCX and PDF match the record (events and final hash); a DOCX with
 * one figure edited is answered with the first differing words; a body that
 * is no minutes file, a file without a stamp, a stamp of another session and a
 * request without the console token are refused with {error, message}. The
 * record is unchanged and the hub keeps serving after each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { httpGet } from '../../helpers/httpGet';
import { scriptMinutesSession } from '../../helpers/minutesSession';
import type { MinutesSession } from '../../helpers/minutesSession';
import { startTestHub, tokenOf } from '../../helpers/testHub';

let dir: string;
let session: MinutesSession;
let hub: Hub;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-check-'));
  session = await scriptMinutesSession(join(dir, 'data'));
  hub = await startTestHub(session.dataDir, { seed: undefined });
}, 60_000);

afterAll(async () => {
  await hub.stop();
  rmSync(dir, { recursive: true, force: true });
});

const FIGURE = 'Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu';

async function minutesFile(format: 'docx' | 'pdf'): Promise<Buffer> {
  const answer = await httpGet(`${hub.localUrl}/api/minutes?format=${format}`, { headers: { Authorization: `Bearer ${hub.consoleToken}` } });
  expect(answer.status).toBe(200);
  return answer.body;
}

function editDocx(file: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(file);
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  parts['word/document.xml'] = strToU8(edited);
  return zipSync(parts);
}

async function check(body: Uint8Array | string, token: string | null = hub.consoleToken): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${hub.localUrl}/api/record/minutes-check`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: response.status, body: await response.json() };
}

const finalHash = () => session.events.at(-1)?.hash;

describe('POST /api/record/minutes-check', () => {
  it("matches the hub's own DOCX and PDF with the record: the number of events and the final hash", async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const answer = await check(await minutesFile(format));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ ok: true, kind: format, events: session.events.length, finalHash: finalHash(), words: expect.any(Number) });
    }
  });

  it('accepts the secretary token as the other record routes do', async () => {
    const answer = await check(await minutesFile('docx'), tokenOf(hub, 'secretary'));
    expect(answer.body).toMatchObject({ ok: true });
  });

  it('answers a DOCX with one figure edited with the first differing words: the file says 5/7, the record 4/7', async () => {
    const edited = editDocx(await minutesFile('docx'), (xml) => xml.replace(FIGURE, FIGURE.replace('4/7', '5/7')));
    const answer = await check(edited);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, code: 'differs', difference: { fileSays: '5/7', recordSays: '4/7', context: expect.stringContaining('Tán thành:') } });
  });

  it('refuses a body that is neither DOCX nor PDF, and an empty one', async () => {
    const seq = hub.engine.seq();
    const garbage = await check('BIÊN BẢN kỳ họp, gõ tay');
    expect(garbage.status).toBe(415);
    expect(garbage.body).toEqual({ error: 'not_minutes', message: expect.stringContaining('neither a DOCX nor a PDF') });
    const brokenZip = await check(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(brokenZip.status).toBe(415);
    expect(brokenZip.body).toMatchObject({ error: 'not_minutes' });
    const empty = await check('');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: 'invalid', message: expect.any(String) });
    expect(hub.engine.seq()).toBe(seq);
  });

  it('refuses a file without a record stamp', async () => {
    const stripped = editDocx(await minutesFile('docx'), (xml) => xml.replace(/Lập từ \d+ sự kiện/, 'Lập từ nhiều sự kiện'));
    const answer = await check(stripped);
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ error: 'no_stamp', message: expect.stringContaining('no record stamp') });
  });

  it("refuses a file whose stamp names another session's record", async () => {
    const other = editDocx(await minutesFile('docx'), (xml) => xml.replace(`minutes:${session.sessionId}:all`, 'minutes:another-session:all'));
    const answer = await check(other);
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ error: 'other_session', message: expect.stringContaining('another session') });
  });

  it("refuses without the console's or the secretary's token, and from another origin", async () => {
    const file = await minutesFile('docx');
    for (const token of [null, 'not-a-token', tokenOf(hub, 'seat-1')]) {
      const answer = await check(file, token);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'unauthorized' });
    }
    const foreign = await fetch(`${hub.localUrl}/api/record/minutes-check`, { method: 'POST', headers: { Authorization: `Bearer ${hub.consoleToken}`, Origin: 'http://evil.example' }, body: Buffer.from(file) });
    expect(foreign.status).toBe(403);
    expect((await check(file)).body).toMatchObject({ ok: true });
  });
});
