/** The hub's TLS files: made on first start, kept while they fit, renewed when the hub's names change or the end nears. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateHubTls, loadProvidedTls, TLS_FILES, tlsFolder, TlsConfigurationError } from '../../../../../src/main/hub/tls/hubTls';
import { RENEW_BEFORE_DAYS, SERVER_VALIDITY_DAYS } from '../../../../../src/main/hub/tls/serverCertificate';
import { DAY_MS } from '../../../../../src/main/hub/tls/x509';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';

const now = new Date('2026-11-29T08:00:00Z');
const hallNames = { ips: ['127.0.0.1', '192.168.1.20', '::1'], dns: ['localhost'] };
let dataDir: string;

beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(() => removeDataDir(dataDir));

const file = (name: keyof typeof TLS_FILES) => join(tlsFolder(dataDir), TLS_FILES[name]);

describe('the hub TLS files', () => {
  it('are created on first start, owner-only, with the server certificate signed by the new CA', async () => {
    const tls = await loadOrCreateHubTls(dataDir, hallNames, now);
    expect(tls.issued).toBe(true);
    for (const name of Object.keys(TLS_FILES) as Array<keyof typeof TLS_FILES>) expect(statSync(file(name)).mode & 0o777).toBe(0o600);
    expect(statSync(tlsFolder(dataDir)).mode & 0o777).toBe(0o700);
    const caCertificate = new X509Certificate(readFileSync(file('caCert'), 'utf8'));
    expect(new X509Certificate(tls.certPem).verify(caCertificate.publicKey)).toBe(true);
    expect(tls.ca?.fingerprint256).toBe(caCertificate.fingerprint256);
  });

  it('are reused unchanged at a start with the same names', async () => {
    const first = await loadOrCreateHubTls(dataDir, hallNames, now);
    const second = await loadOrCreateHubTls(dataDir, { ips: [...hallNames.ips].reverse(), dns: hallNames.dns }, new Date(now.getTime() + DAY_MS));
    expect(second.issued).toBe(false);
    expect(second.certPem).toBe(first.certPem);
    expect(second.ca?.fingerprint256).toBe(first.ca?.fingerprint256);
  });

  it('renew the server certificate for the new address when the hall network changes, keeping the CA the iPads trust', async () => {
    const first = await loadOrCreateHubTls(dataDir, hallNames, now);
    const moved = { ips: ['127.0.0.1', '10.0.0.7', '::1'], dns: ['localhost'] };
    const second = await loadOrCreateHubTls(dataDir, moved, now);
    expect(second.issued).toBe(true);
    expect(second.ca?.fingerprint256).toBe(first.ca?.fingerprint256);
    const certificate = new X509Certificate(second.certPem);
    expect(certificate.checkIP('10.0.0.7')).toBe('10.0.0.7');
    expect(certificate.checkIP('192.168.1.20')).toBeUndefined();
    expect(readFileSync(file('serverCert'), 'utf8')).toBe(second.certPem);
  });

  it(`renew the server certificate when fewer than ${RENEW_BEFORE_DAYS} days are left`, async () => {
    const first = await loadOrCreateHubTls(dataDir, hallNames, now);
    const nearTheEnd = new Date(now.getTime() + (SERVER_VALIDITY_DAYS - RENEW_BEFORE_DAYS + 1) * DAY_MS);
    const second = await loadOrCreateHubTls(dataDir, hallNames, nearTheEnd);
    expect(second.issued).toBe(true);
    expect(second.ca?.fingerprint256).toBe(first.ca?.fingerprint256);
    expect(new Date(new X509Certificate(second.certPem).validTo).getTime()).toBeGreaterThan(nearTheEnd.getTime() + 300 * DAY_MS);
  });

  it('replace a damaged server certificate instead of refusing to start', async () => {
    await loadOrCreateHubTls(dataDir, hallNames, now);
    writeFileSync(file('serverCert'), 'not a certificate');
    const again = await loadOrCreateHubTls(dataDir, hallNames, now);
    expect(again.issued).toBe(true);
    expect(new X509Certificate(again.certPem).checkIP('192.168.1.20')).toBe('192.168.1.20');
  });
});

describe("an administrator's certificate", () => {
  it('is used as given when the key belongs to it', async () => {
    const own = await loadOrCreateHubTls(dataDir, hallNames, now);
    const provided = loadProvidedTls(file('serverCert'), file('serverKey'), now);
    expect(provided.certPem).toBe(own.certPem);
    expect(provided.ca).toBeNull();
  });

  it('is refused with a clear message when the key is another one', async () => {
    await loadOrCreateHubTls(dataDir, hallNames, now);
    expect(() => loadProvidedTls(file('serverCert'), file('caKey'), now)).toThrow(TlsConfigurationError);
    expect(() => loadProvidedTls(file('serverCert'), file('caKey'), now)).toThrow(/does not belong to the certificate/);
  });

  it('is refused when it has expired', async () => {
    await loadOrCreateHubTls(dataDir, hallNames, now);
    const later = new Date(now.getTime() + 400 * DAY_MS);
    expect(() => loadProvidedTls(file('serverCert'), file('serverKey'), later)).toThrow(/expired/);
  });

  it('is refused when the file is not a certificate', async () => {
    await loadOrCreateHubTls(dataDir, hallNames, now);
    expect(() => loadProvidedTls(file('serverKey'), file('serverKey'), now)).toThrow(/not a PEM certificate/);
  });
});
