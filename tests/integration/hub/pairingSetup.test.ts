/**
 * The secretary is told where iPads install the hub's CA, and its fingerprint,
 * with the pairing links: only when the hub serves TLS with its own CA and a
 * setup page; never with plain HTTP or an administrator's certificate.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hub, HubOptions } from '../../../src/main/hub/startHub';
import { loadOrCreateHubTls, TLS_FILES, tlsFolder } from '../../../src/main/hub/tls/hubTls';
import type { HubMessage } from '../../../src/shared/protocol';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../../helpers/testHub';
import { TestSocket } from '../../helpers/testSocket';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hubWith(options: Partial<HubOptions>): Promise<Hub> {
  const dir = makeDataDir();
  const hub = await startTestHub(dir, options);
  cleanups.push(() => removeDataDir(dir));
  cleanups.push(() => hub.stop());
  return hub;
}

async function secretaryOf(hub: Hub, ca?: string): Promise<TestSocket> {
  const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'), 0, ca ? { ca } : {});
  cleanups.push(() => secretary.close());
  return secretary;
}

function pairingMessages(socket: TestSocket): Array<Extract<HubMessage, { type: 'pairingLinks' }>> {
  return socket.messages.flatMap((message) => (message.type === 'pairingLinks' ? [message] : []));
}

describe('the setup page in the pairing links', () => {
  it("tells the secretary the setup page address and the CA's fingerprint when the hub has its own CA, also after a reissue", async () => {
    const hub = await hubWith({ transport: { kind: 'generated-tls' }, httpPort: 0 });
    if (!hub.ca || !hub.setupUrl) throw new Error('The hub made no CA or setup page');
    const secretary = await secretaryOf(hub, hub.ca.certPem);
    const first = await secretary.until(() => pairingMessages(secretary)[0], 'the pairing links');
    expect(first.setupUrl).toBe(hub.setupUrl);
    expect(first.setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup\/$/);
    expect(first.caFingerprint).toBe(hub.ca.fingerprint256);
    expect(first.caFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    expect((await secretary.command({ type: 'pairing.reissue', principalId: 'seat-3' })).type).toBe('ack');
    const second = await secretary.until(() => pairingMessages(secretary)[1], 'the new pairing links');
    expect(second).toMatchObject({ setupUrl: hub.setupUrl, caFingerprint: hub.ca.fingerprint256 });
  });

  it('says nothing about a setup page to the secretary of a plain-HTTP hub', async () => {
    const hub = await hubWith({ transport: { kind: 'insecure-http' } });
    const secretary = await secretaryOf(hub);
    const message = await secretary.until(() => pairingMessages(secretary)[0], 'the pairing links');
    expect(message.links.length).toBeGreaterThan(0);
    expect(message).not.toHaveProperty('setupUrl');
    expect(message).not.toHaveProperty('caFingerprint');
  });

  it("says nothing about a setup page to the secretary of a hub with an administrator's certificate", async () => {
    const adminDir = makeDataDir();
    cleanups.push(() => removeDataDir(adminDir));
    const admin = await loadOrCreateHubTls(adminDir, { ips: ['127.0.0.1'], dns: ['localhost'] });
    const hub = await hubWith({
      transport: { kind: 'provided-tls', certFile: join(tlsFolder(adminDir), TLS_FILES.serverCert), keyFile: join(tlsFolder(adminDir), TLS_FILES.serverKey) },
      httpPort: 0,
    });
    const secretary = await secretaryOf(hub, admin.ca?.certPem);
    const message = await secretary.until(() => pairingMessages(secretary)[0], 'the pairing links');
    expect(message.links.length).toBeGreaterThan(0);
    expect(message).not.toHaveProperty('setupUrl');
    expect(message).not.toHaveProperty('caFingerprint');
  });
});
