/** A hub started with an administrator's certificate (--tls-cert/--tls-key) serves it, and offers no profile of its own. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { loadOrCreateHubTls, TLS_FILES, tlsFolder } from '../../../src/main/hub/tls/hubTls';
import { httpGet } from '../../helpers/httpGet';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

let hub: Hub;
let hubDir: string;
let adminDir: string;
let adminCa: string;

beforeAll(async () => {
  // The administrator's own CA and a certificate for the hub, made elsewhere.
  adminDir = makeDataDir();
  const admin = await loadOrCreateHubTls(adminDir, { ips: ['127.0.0.1'], dns: ['localhost'] });
  adminCa = admin.ca?.certPem ?? '';
  hubDir = makeDataDir();
  hub = await startTestHub(hubDir, {
    transport: { kind: 'provided-tls', certFile: join(tlsFolder(adminDir), TLS_FILES.serverCert), keyFile: join(tlsFolder(adminDir), TLS_FILES.serverKey) },
    httpPort: 0,
  });
});

afterAll(async () => {
  await hub?.stop();
  removeDataDir(hubDir);
  removeDataDir(adminDir);
});

describe("a hub with the administrator's certificate", () => {
  it('serves HTTPS and WSS with it to a client that trusts the administrator CA', async () => {
    expect(hub.ca).toBeNull();
    expect((await httpGet(`${hub.localUrl}/healthz`, { ca: adminCa })).json()).toMatchObject({ ok: true });
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'), 0, { ca: adminCa });
    expect(secretary.state.session).not.toBeNull();
    secretary.close();
  });

  it('makes no CA of its own and offers no profile on the setup page', async () => {
    const page = await httpGet(`http://127.0.0.1:${hub.httpPort}/setup/`);
    expect(page.text()).toContain('Máy chủ dùng chứng nhận do quản trị viên cấp');
    expect(page.text()).not.toContain('chamber-ca.mobileconfig');
    expect((await httpGet(`http://127.0.0.1:${hub.httpPort}/setup/chamber-ca.mobileconfig`)).status).toBe(404);
    expect(existsSync(tlsFolder(hubDir))).toBe(false);
  });
});
