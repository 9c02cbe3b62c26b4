/** The Electron console trusts the hub's own CA, pinned by fingerprint, and nothing else by exception. */
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCertificateAuthority } from '../../../../../src/main/hub/tls/certificateAuthority';
import { isIssuedByHubCa } from '../../../../../src/main/hub/tls/hubCertificateCheck';
import { issueServerCertificate } from '../../../../../src/main/hub/tls/serverCertificate';
import { DAY_MS } from '../../../../../src/main/hub/tls/x509';

const now = new Date('2026-11-29T08:00:00Z');
const names = { ips: ['127.0.0.1', '::1'], dns: ['localhost'] };

async function hubAndServer() {
  const ca = await createCertificateAuthority('Chamber CA (test)', now);
  const server = await issueServerCertificate(ca, names, now);
  return { ca: { certPem: ca.certPem, fingerprint256: new X509Certificate(ca.certPem).fingerprint256 }, server };
}

describe('the console trust in the hub certificate', () => {
  it("accepts the hub's server certificate for the hub's own names", async () => {
    const { ca, server } = await hubAndServer();
    expect(isIssuedByHubCa(server.certPem, ca, '127.0.0.1', now)).toBe(true);
    expect(isIssuedByHubCa(server.certPem, ca, 'localhost', now)).toBe(true);
    expect(isIssuedByHubCa(server.certPem, ca, '[::1]', now)).toBe(true);
  });

  it('refuses a certificate from another CA, even one with the same name', async () => {
    const { ca } = await hubAndServer();
    const other = await hubAndServer();
    expect(isIssuedByHubCa(other.server.certPem, ca, '127.0.0.1', now)).toBe(false);
  });

  it('refuses the hub certificate for a name it does not carry', async () => {
    const { ca, server } = await hubAndServer();
    expect(isIssuedByHubCa(server.certPem, ca, '192.168.1.99', now)).toBe(false);
    expect(isIssuedByHubCa(server.certPem, ca, 'example.com', now)).toBe(false);
  });

  it('refuses when the CA does not match the pinned fingerprint', async () => {
    const { ca, server } = await hubAndServer();
    const other = await hubAndServer();
    expect(isIssuedByHubCa(server.certPem, { certPem: ca.certPem, fingerprint256: other.ca.fingerprint256 }, '127.0.0.1', now)).toBe(false);
  });

  it('refuses an expired certificate and garbage', async () => {
    const { ca, server } = await hubAndServer();
    expect(isIssuedByHubCa(server.certPem, ca, '127.0.0.1', new Date(now.getTime() + 400 * DAY_MS))).toBe(false);
    expect(isIssuedByHubCa('not a certificate', ca, '127.0.0.1', now)).toBe(false);
  });
});
