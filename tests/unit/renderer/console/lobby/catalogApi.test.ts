import { describe, expect, it } from 'vitest';
import { createCatalogApi } from '../../../../../src/renderer/console/lobby/catalogApi';

/** A stand-in for the network that records each request and answers as told; the hub itself is tested in integration. */
function recordingFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('the catalog API client', () => {
  it('sends the token as a bearer and reads the session list', async () => {
    const catalog = { activeSessionId: null, sessions: [] };
    const { calls, fetchImpl } = recordingFetch(200, catalog);
    const api = createCatalogApi('', () => 'console-token', fetchImpl);
    expect(await api.list()).toEqual({ ok: true, value: catalog });
    expect(calls[0]?.url).toBe('/api/sessions');
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBe('Bearer console-token');
  });

  it('posts a definition wrapped as the hub asks', async () => {
    const { calls, fetchImpl } = recordingFetch(201, { id: 'new' });
    const api = createCatalogApi('', () => 't', fetchImpl);
    const definition = { title: 'K', council: 'C', place: '', sittings: [{ key: 's1', title: 'P', date: '2026-12-08' }], seats: [], agenda: [] };
    expect(await api.create(definition)).toEqual({ ok: true, value: { id: 'new' } });
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ definition });
  });

  it('passes on which session is running when opening another is refused', async () => {
    const { fetchImpl } = recordingFetch(409, { error: 'session_running', sessionId: 'k2', title: 'Kỳ họp thứ Hai', message: 'Session k2 is running' });
    const api = createCatalogApi('', () => 't', fetchImpl);
    expect(await api.activate('k3')).toEqual({ ok: false, failure: { error: 'session_running', sessionId: 'k2', title: 'Kỳ họp thứ Hai' } });
  });

  it('escapes a session id in the address', async () => {
    const { calls, fetchImpl } = recordingFetch(201, { id: 'x' });
    await createCatalogApi('http://127.0.0.1:1', () => 't', fetchImpl).next('a/b', { title: 'T', number: null, kind: 'special', startDate: '2026-01-01', endDate: '2026-01-01', sittings: [] });
    expect(calls[0]?.url).toBe('http://127.0.0.1:1/api/sessions/a%2Fb/next');
  });

  it('reports an unreachable hub as offline and a malformed answer as internal, never throwing', async () => {
    const failing = (async () => {
      throw new TypeError('network down');
    }) as typeof fetch;
    expect(await createCatalogApi('', () => 't', failing).list()).toEqual({ ok: false, failure: { error: 'offline' } });
    const { fetchImpl } = recordingFetch(200, { sessions: 'nope' });
    expect(await createCatalogApi('', () => 't', fetchImpl).list()).toEqual({ ok: false, failure: { error: 'internal' } });
  });
});
