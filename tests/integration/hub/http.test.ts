import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

/** A small apps folder of the test's own, with a secret file beside it that must never be served. */
const appsRoot = mkdtempSync(join(tmpdir(), 'chamber-apps-'));
const rendererDir = join(appsRoot, 'renderer');
mkdirSync(join(rendererDir, 'delegate'), { recursive: true });
writeFileSync(join(rendererDir, 'delegate', 'index.html'), '<!doctype html><title>delegate</title>');
writeFileSync(join(appsRoot, 'secret.txt'), 'hub.key lives here');
afterAll(() => rmSync(appsRoot, { recursive: true, force: true }));

let hub: Hub;
useFreshHub(
  (fresh) => {
    hub = fresh;
  },
  { rendererDir },
);

/** A GET with a chosen Host header (fetch does not let a caller set Host). */
function get(path: string, host: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: hub.port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hub HTTP', () => {
  it('reports health: ok, session id, seq and connected clients', async () => {
    await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-1'));
    await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-2'));
    const health = await fetch(`${hub.localUrl}/healthz`).then((r) => r.json());
    expect(health).toEqual({ ok: true, storage: 'ok', sessionId: hub.engine.state().session?.id, seq: hub.engine.seq(), clients: 2, protocolVersion: PROTOCOL_VERSION });
  });

  it('gives the secretary token to a browser on this machine', async () => {
    const response = await fetch(`${hub.localUrl}/api/local-token?role=secretary`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ token: tokenOf(hub, 'secretary') });
  });

  it('refuses the local token when the Host is a LAN name, even over loopback', async () => {
    const response = await get('/api/local-token?role=secretary', `192.168.1.20:${hub.port}`);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(tokenOf(hub, 'secretary'));
  });

  it('refuses the local token for any role but secretary and screen', async () => {
    expect((await fetch(`${hub.localUrl}/api/local-token?role=chair`)).status).toBe(400);
  });

  it('refuses a foreign Host name (DNS rebinding) with 421', async () => {
    expect((await get('/healthz', 'evil.example')).status).toBe(421);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(`${hub.localUrl}/healthz`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('redirects the bare address to the delegate app and app roots to their folder', async () => {
    expect((await get('/', `127.0.0.1:${hub.port}`)).headers.location).toBe('/delegate/');
    expect((await get('/screen', `127.0.0.1:${hub.port}`)).headers.location).toBe('/screen/');
  });

  it('serves the built apps with revalidation', async () => {
    const response = await get('/delegate/', `127.0.0.1:${hub.port}`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>delegate</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('refuses writes, unknown paths and paths that try to leave the apps folder', async () => {
    expect((await fetch(`${hub.localUrl}/healthz`, { method: 'POST' })).status).toBe(405);
    expect((await get('/nothing-here.js', `127.0.0.1:${hub.port}`)).status).toBe(404);
    for (const path of ['/../secret.txt', '/delegate/../../secret.txt', '/%2e%2e/secret.txt', '/delegate/..%2f..%2fsecret.txt', '/../../../../etc/passwd']) {
      const response = await get(path, `127.0.0.1:${hub.port}`);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('hub.key lives here');
      expect(response.body).not.toContain('root:');
    }
  });
});
