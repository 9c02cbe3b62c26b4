/**
 * GET /api/minutes on a hub serving the scripted session: the file with the
 * console token (or the secretary's), as an attachment with its Vietnamese
 * name; a refusal as {error, message} without it, for a bad query, and for a
 * sitting without events. The hub keeps serving after each refusal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { extractDocxText } from '../../../src/main/minutes/verify/extractDocxText';
import { httpGet } from '../../helpers/httpGet';
import { scriptMinutesSession } from '../../helpers/minutesSession';
import type { MinutesSession } from '../../helpers/minutesSession';
import { startTestHub, tokenOf } from '../../helpers/testHub';

let dir: string;
let session: MinutesSession;
let hub: Hub;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-route-'));
  session = await scriptMinutesSession(join(dir, 'data'));
  hub = await startTestHub(session.dataDir, { seed: undefined });
}, 60_000);

afterAll(async () => {
  await hub.stop();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string, token: string | null) => httpGet(`${hub.localUrl}/api/minutes${query}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });

describe('GET /api/minutes', () => {
  it('answers the DOCX of the whole session with the console token, named "Biên bản kỳ họp.docx"', async () => {
    const answer = await get('?format=docx', hub.consoleToken);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="Bien ban ky hop.docx"; filename*=UTF-8''${encodeURIComponent('Biên bản kỳ họp.docx')}`);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(extractDocxText(answer.body)).toContain(`Lập từ ${session.events.length} sự kiện của hồ sơ kỳ họp; mã băm cuối: ${session.events.at(-1)?.hash}`);
  });

  it('answers one sitting as PDF with the secretary token', async () => {
    const answer = await get('?format=pdf&sitting=1', tokenOf(hub, 'secretary'));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Biên bản phiên họp 1.pdf')}`);
    expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses without a token, or with a delegate\'s or the chair\'s', async () => {
    for (const token of [null, 'not-a-token', tokenOf(hub, 'chair')]) {
      const answer = await get('?format=pdf', token);
      expect(answer.status).toBe(401);
      expect(answer.json()).toEqual({ error: 'unauthorized', message: 'The console token or the secretary token is required' });
    }
  });

  it('refuses a request from another origin', async () => {
    const answer = await httpGet(`${hub.localUrl}/api/minutes?format=pdf`, { headers: { Authorization: `Bearer ${hub.consoleToken}`, Origin: 'http://evil.example' } });
    expect(answer.status).toBe(403);
    expect(answer.json()).toMatchObject({ error: 'forbidden' });
  });

  it('refuses a bad query with {error, message}', async () => {
    const answer = await get('?format=odt', hub.consoleToken);
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ error: 'invalid', message: 'format must be docx or pdf' });
  });

  it('refuses a sitting never held (no_events) and one that does not exist (no_sitting), then still serves', async () => {
    const empty = await get('?format=pdf&sitting=3', hub.consoleToken);
    expect(empty.status).toBe(409);
    expect(empty.json()).toMatchObject({ error: 'no_events', message: expect.stringContaining('has no events') });
    const missing = await get('?format=pdf&sitting=9', hub.consoleToken);
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'no_sitting' });
    const vote = await get('?format=pdf&countReport=no-such-vote', hub.consoleToken);
    expect(vote.status).toBe(404);
    expect(vote.json()).toMatchObject({ error: 'no_vote' });
    expect((await get('?format=docx', hub.consoleToken)).status).toBe(200);
  });
});
