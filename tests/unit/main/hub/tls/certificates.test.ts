/** The hub's CA and server certificate: what iPadOS, Chromium and WebKit require of them. */
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CA_VALIDITY_DAYS, createCertificateAuthority } from '../../../../../src/main/hub/tls/certificateAuthority';
import { certificateNames, issueServerCertificate, SERVER_VALIDITY_DAYS } from '../../../../../src/main/hub/tls/serverCertificate';
import { DAY_MS, x509 } from '../../../../../src/main/hub/tls/x509';

const now = new Date('2026-11-29T08:00:00Z');
const names = { ips: ['127.0.0.1', '192.168.1.20', '::1', 'fd00::20'], dns: ['hall-hub', 'hall-hub.local', 'localhost'] };
const days = (certificate: X509Certificate) => (new Date(certificate.validTo).getTime() - new Date(certificate.validFrom).getTime()) / DAY_MS;

describe('the hub certificate authority', () => {
  it('is a CA whose key may sign certificates, and no further CAs', async () => {
    const ca = await createCertificateAuthority('Chamber CA (test)', now);
    const parsed = new x509.X509Certificate(ca.certPem);
    const constraints = parsed.getExtension(x509.BasicConstraintsExtension);
    expect(constraints?.ca).toBe(true);
    expect(constraints?.critical).toBe(true);
    expect(constraints?.pathLength).toBe(0);
    const usages = parsed.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
    expect(usages & x509.KeyUsageFlags.keyCertSign).toBeTruthy();
    expect(new X509Certificate(ca.certPem).ca).toBe(true);
    expect(new X509Certificate(ca.certPem).verify(new X509Certificate(ca.certPem).publicKey)).toBe(true);
  });

  it(`lives about ${CA_VALIDITY_DAYS} days and is already valid now`, async () => {
    const certificate = new X509Certificate((await createCertificateAuthority('Chamber CA (test)', now)).certPem);
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(Math.round(days(certificate))).toBeGreaterThanOrEqual(CA_VALIDITY_DAYS);
  });
});

describe('the hub server certificate', () => {
  it('names every address and host name of the hub in its subjectAltName', async () => {
    const ca = await createCertificateAuthority('Chamber CA (test)', now);
    const server = await issueServerCertificate(ca, names, now);
    expect(certificateNames(server.certPem)).toEqual({ ips: [...names.ips].sort(), dns: [...names.dns].sort() });
    const certificate = new X509Certificate(server.certPem);
    expect(certificate.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(certificate.checkHost('hall-hub.local')).toBe('hall-hub.local');
    expect(certificate.checkIP('192.168.1.21')).toBeUndefined();
  });

  it('is signed by the CA, for serverAuth only, and is not a CA itself', async () => {
    const ca = await createCertificateAuthority('Chamber CA (test)', now);
    const server = await issueServerCertificate(ca, names, now);
    const certificate = new X509Certificate(server.certPem);
    const caCertificate = new X509Certificate(ca.certPem);
    expect(certificate.checkIssued(caCertificate)).toBe(true);
    expect(certificate.verify(caCertificate.publicKey)).toBe(true);
    expect(certificate.ca).toBe(false);
    const parsed = new x509.X509Certificate(server.certPem);
    expect(parsed.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toEqual([x509.ExtendedKeyUsage.serverAuth]);
    expect(parsed.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(false);
  });

  it('lives fewer than the 398 days iPadOS accepts, starting no later than now', async () => {
    const ca = await createCertificateAuthority('Chamber CA (test)', now);
    const certificate = new X509Certificate((await issueServerCertificate(ca, names, now)).certPem);
    expect(days(certificate)).toBeLessThan(398);
    expect(days(certificate)).toBeGreaterThan(SERVER_VALIDITY_DAYS - 1);
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(now.getTime());
  });
});
