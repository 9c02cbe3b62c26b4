/**
 * The catalog HTTP API at its edge: the lobby, who may call it, and every bad
 * input (bad JSON, a bad or unknown id, no or a wrong token, another origin,
 * an oversized body, a bad roster) answered with a clear code while nothing
 * changes and the hub stays up.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../src/shared/protocol';
import type { Hub } from '../../../src/main/hub/startHub';
import { CATALOG_MAX_BODY_BYTES } from '../../../src/main/hub/http/catalogRoutes';
import { catalogCall, createdId } from '../../helpers/catalogApi';
import { councilDefinition } from '../../helpers/councilDefinition';
import { httpGet } from '../../helpers/httpGet';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let dataDir: string;
let hub: Hub;
beforeEach(async () => {
  dataDir = makeDataDir();
  hub = await startTestHub(dataDir, {
    seed: undefined,
    exportRoster: async (state) => ({ fileName: 'danh-sach.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: Buffer.from(`${state.seats.length} seats`) }),
  });
});
afterEach(async () => {
  await hub.stop();
  removeDataDir(dataDir);
});

/** What a refused call must leave as it was. */
function snapshotOfHub(): unknown {
  return { catalog: hub.catalog(), active: hub.activeSessionId(), seq: hub.activeSessionId() === null ? 0 : hub.engine.seq() };
}

async function expectHubUp(): Promise<void> {
  expect((await httpGet(`${hub.localUrl}/healthz`)).json()).toMatchObject({ ok: true });
}

describe('the lobby', () => {
  it('has no session: /healthz says so, hellos are refused as unauthorized, the catalog answers with the console token', async () => {
    expect((await httpGet(`${hub.localUrl}/healthz`)).json()).toMatchObject({ ok: true, sessionId: null, seq: 0 });
    expect(await catalogCall(hub, 'GET', '/api/sessions', { token: hub.consoleToken })).toEqual({ status: 200, body: { activeSessionId: null, sessions: [] } });
    const socket = await TestSocket.open(socketUrl(hub));
    socket.send({ type: 'hello', token: hub.consoleToken, lastSeq: 0, protocolVersion: PROTOCOL_VERSION });
    expect(await socket.waitForClose()).toBe(CLOSE_CODES.unauthorized);
    expect(socket.messages).toEqual([expect.objectContaining({ type: 'error', code: 'unauthorized' })]);
    expect((await httpGet(`${hub.localUrl}/api/local-token?role=secretary`)).status).toBe(503);
  });

  it('gives the console token to a browser on the hub computer', async () => {
    expect((await httpGet(`${hub.localUrl}/api/local-token?role=console`)).json()).toEqual({ token: hub.consoleToken });
  });

  it('closes a socket opened in the lobby with sessionChanged once a session is active, and its reconnect reaches the session', async () => {
    const waiting = await TestSocket.open(socketUrl(hub));
    const id = createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }));
    expect(await waiting.waitForClose()).toBe(CLOSE_CODES.sessionChanged);
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    expect(secretary.state.session).toMatchObject({ id, status: 'preparing' });
    secretary.close();
  });
});

describe('the catalog API', () => {
  it('creates the demo with its documents, open and active', async () => {
    const demo = await catalogCall(hub, 'POST', '/api/sessions/demo', { token: hub.consoleToken, body: {} });
    expect(demo.status).toBe(201);
    expect(hub.activeSessionId()).toBe(createdId(demo));
    expect(hub.engine.state().session?.status).toBe('open');
    expect(hub.engine.state().documents.length).toBeGreaterThan(5);
  });

  it('takes the active session\'s secretary token as well as the console token, and no other', async () => {
    createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }));
    expect((await catalogCall(hub, 'GET', '/api/sessions', { token: tokenOf(hub, 'secretary') })).status).toBe(200);
    for (const token of [tokenOf(hub, 'chair'), tokenOf(hub, 'seat-1'), tokenOf(hub, 'screen'), 'B'.repeat(32)]) {
      expect(await catalogCall(hub, 'GET', '/api/sessions', { token })).toEqual({ status: 401, body: { error: 'unauthorized', message: expect.any(String) } });
    }
    expect((await catalogCall(hub, 'GET', '/api/sessions')).status).toBe(401);
  });

  it('replaces the roster of a preparing session with POST /api/roster, past the WebSocket\'s 64 KB', async () => {
    createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }));
    const seats = Array.from({ length: 85 }, (_, index) => ({ seat: index + 1, name: `Đại biểu Nguyễn Văn ${index + 1}`, office: 'Phó Giám đốc Sở Tài chính tỉnh', group: `Tổ ${(index % 8) + 1}`, role: 'delegate' }));
    const guests = Array.from({ length: 150 }, (_, index) => ({ name: `Khách mời số ${index + 1}`, office: 'Ủy ban nhân dân tỉnh', role: 'guest' }));
    expect(JSON.stringify({ seats, guests }).length).toBeGreaterThan(20_000);
    const reply = await catalogCall(hub, 'POST', '/api/roster', { token: hub.consoleToken, body: { seats, guests } });
    expect(reply).toEqual({ status: 200, body: { seq: hub.engine.seq() } });
    expect(hub.engine.state().seats).toHaveLength(85);
    expect(hub.engine.state().guests).toHaveLength(150);
    expect(hub.catalog().sessions[0]).toMatchObject({ seats: 85, guests: 150 });
  });

  it('serves the active roster as a spreadsheet through the exporter it was given', async () => {
    createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition('Kỳ họp', 7) } }));
    const response = await fetch(`${hub.localUrl}/api/roster.xlsx`, { headers: { authorization: `Bearer ${hub.consoleToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="danh-sach.xlsx"');
    expect(await response.text()).toBe('7 seats');
  });
});

describe('bad input to the catalog API changes nothing and the hub stays up', () => {
  beforeEach(async () => {
    createdId(await catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() } }));
  });

  const cases: Array<[string, () => Promise<{ status: number; body: unknown }>, number, string]> = [
    ['bad JSON', () => catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, rawBody: '{"definition": ', headers: { 'content-type': 'application/json' } }), 400, 'bad_json'],
    ['a definition with a blank title', () => catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: { ...councilDefinition(), title: '   ' } } }), 400, 'invalid'],
    ['duplicate seats', () => catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: { ...councilDefinition(), seats: [{ seat: 1, name: 'A', office: '' }, { seat: 1, name: 'B', office: '' }] } } }), 400, 'invalid'],
    ['an unknown field', () => catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition(), extra: true } }), 400, 'invalid'],
    ['an unknown session id', () => catalogCall(hub, 'POST', '/api/sessions/no-such-session/activate', { token: hub.consoleToken, body: {} }), 404, 'not_found'],
    ['an unknown session to continue', () => catalogCall(hub, 'POST', '/api/sessions/no-such-session/next', { token: hub.consoleToken, body: { title: 'X', number: 2, kind: 'regular', startDate: null, endDate: null, sittings: [{ key: 'a', title: 'Phiên', date: '2026-12-10' }] } }), 404, 'not_found'],
    ['a path that is not an id', () => catalogCall(hub, 'POST', '/api/sessions/..%2f..%2fhub.key/activate', { token: hub.consoleToken, body: {} }), 404, 'not_found'],
    ['no token', () => catalogCall(hub, 'POST', '/api/sessions', { body: { definition: councilDefinition() } }), 401, 'unauthorized'],
    ['a wrong token', () => catalogCall(hub, 'POST', '/api/sessions', { token: 'x'.repeat(32), body: { definition: councilDefinition() } }), 401, 'unauthorized'],
    ['another origin', () => catalogCall(hub, 'POST', '/api/sessions', { token: hub.consoleToken, body: { definition: councilDefinition() }, headers: { origin: 'http://evil.example' } }), 403, 'forbidden'],
    ['a roster with a missing name', () => catalogCall(hub, 'POST', '/api/roster', { token: hub.consoleToken, body: { seats: [{ seat: 1, name: '   ', office: '' }], guests: [] } }), 400, 'invalid'],
    ['a roster that is not one', () => catalogCall(hub, 'POST', '/api/roster', { token: hub.consoleToken, body: { seats: 'all of them' } }), 400, 'invalid'],
  ];

  it.each(cases)('%s', async (_what, call, status, code) => {
    const before = snapshotOfHub();
    expect(await call()).toEqual({ status, body: { error: code, message: expect.any(String) } });
    expect(snapshotOfHub()).toEqual(before);
    await expectHubUp();
  });

  it('an oversized body, cut off at the cap with 413', async () => {
    const before = snapshotOfHub();
    const big = JSON.stringify({ seats: [], guests: [], padding: 'x'.repeat(CATALOG_MAX_BODY_BYTES) });
    expect(await catalogCall(hub, 'POST', '/api/roster', { token: hub.consoleToken, rawBody: big, headers: { 'content-type': 'application/json' } })).toEqual({ status: 413, body: { error: 'too_large', message: expect.any(String) } });
    // The same body streamed without a length: the hub stops reading at the cap and still answers.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${hub.localUrl}/api/roster`, { method: 'POST', headers: { authorization: `Bearer ${hub.consoleToken}`, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let sent = 0; sent <= CATALOG_MAX_BODY_BYTES; sent += 64 * 1024) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(snapshotOfHub()).toEqual(before);
    await expectHubUp();
  });

  it('a roster.import the session refuses: 409 with the core\'s code, once the session is open', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    expect(await secretary.command({ type: 'session.open' })).toMatchObject({ type: 'ack' });
    secretary.close();
    const before = snapshotOfHub();
    expect(await catalogCall(hub, 'POST', '/api/roster', { token: hub.consoleToken, body: { seats: [{ seat: 1, name: 'Một', office: '' }], guests: [] } })).toEqual({
      status: 409,
      body: { error: 'session_not_preparing', message: expect.any(String) },
    });
    expect(snapshotOfHub()).toEqual(before);
  });

  it('a wrong method', async () => {
    const before = snapshotOfHub();
    expect((await catalogCall(hub, 'GET', '/api/roster', { token: hub.consoleToken })).status).toBe(405);
    expect(snapshotOfHub()).toEqual(before);
  });
});

describe('the roster spreadsheet route without an exporter', () => {
  it('answers 501 until the roster module is wired in', async () => {
    const bareDir = makeDataDir();
    const bare = await startTestHub(bareDir);
    try {
      expect(await catalogCall(bare, 'GET', '/api/roster.xlsx', { token: bare.consoleToken })).toEqual({ status: 501, body: { error: 'not_implemented', message: expect.any(String) } });
    } finally {
      await bare.stop();
      removeDataDir(bareDir);
    }
  });
});
