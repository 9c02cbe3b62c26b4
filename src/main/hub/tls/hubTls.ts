/**
 * What the hub serves TLS with. By default it is the hub's own CA and a server
 * certificate for its current names, both kept in the data folder and made on
 * first start; the server certificate is renewed at a start where the names
 * changed or the end is near. An administrator may give a certificate instead.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PRIVATE_FOLDER_MODE, writeFileDurably } from '../store/durableFiles';
import { createCertificateAuthority } from './certificateAuthority';
import { sameNames } from './hubNames';
import type { HubNames } from './hubNames';
import { certificateNames, issueServerCertificate, RENEW_BEFORE_DAYS } from './serverCertificate';
import { DAY_MS } from './x509';
import type { PemPair } from './x509';

export const TLS_FOLDER = 'tls';
export const TLS_FILES = {
  caCert: 'ca.pem',
  caKey: 'ca.key',
  serverCert: 'server.pem',
  serverKey: 'server.key',
} as const;

/** The hub's CA as the setup page and the Electron shell need it. */
export interface HubCa {
  certPem: string;
  /** SHA-256 of the DER certificate, colon-separated hex (Node's X509Certificate.fingerprint256). */
  fingerprint256: string;
}

export interface HubTls {
  certPem: string;
  keyPem: string;
  /** The hub's own CA; null when the administrator gave the certificate. */
  ca: HubCa | null;
  /** True when this start issued a new server certificate. */
  issued: boolean;
}

export function tlsFolder(dataDir: string): string {
  return join(dataDir, TLS_FOLDER);
}

/** Loads the hub's CA and server certificate, creating or renewing what is missing, stale or for other names. */
export async function loadOrCreateHubTls(dataDir: string, names: HubNames, now: Date = new Date()): Promise<HubTls> {
  const folder = tlsFolder(dataDir);
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const file = (name: keyof typeof TLS_FILES) => join(folder, TLS_FILES[name]);

  let ca = readPair(file('caCert'), file('caKey'));
  if (ca === null || !usableCa(ca, now)) {
    ca = await createCertificateAuthority(`Chamber CA (${hostname()})`, now);
    // The key first: a CA certificate without its key could sign nothing.
    writeFileDurably(file('caKey'), ca.keyPem);
    writeFileDurably(file('caCert'), ca.certPem);
  }

  let server = readPair(file('serverCert'), file('serverKey'));
  const issued = server === null || !usableServerCertificate(server, ca, names, now);
  if (issued || server === null) {
    server = await issueServerCertificate(ca, names, now);
    writeFileDurably(file('serverKey'), server.keyPem);
    writeFileDurably(file('serverCert'), server.certPem);
  }
  const fingerprint256 = new X509Certificate(ca.certPem).fingerprint256;
  return { certPem: server.certPem, keyPem: server.keyPem, ca: { certPem: ca.certPem, fingerprint256 }, issued };
}

/** Reads an administrator's certificate (with its chain, if any) and key, and checks that they belong together. */
export function loadProvidedTls(certFile: string, keyFile: string, now: Date = new Date()): HubTls {
  const certPem = readFileSync(certFile, 'utf8');
  const keyPem = readFileSync(keyFile, 'utf8');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certPem);
  } catch {
    throw new TlsConfigurationError(`${certFile} is not a PEM certificate`);
  }
  let key;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new TlsConfigurationError(`${keyFile} is not a PEM private key (an encrypted key is not supported)`);
  }
  if (!certificate.checkPrivateKey(key)) throw new TlsConfigurationError(`The key in ${keyFile} does not belong to the certificate in ${certFile}`);
  if (new Date(certificate.validTo).getTime() <= now.getTime()) throw new TlsConfigurationError(`The certificate in ${certFile} expired on ${certificate.validTo}`);
  return { certPem, keyPem, ca: null, issued: false };
}

export class TlsConfigurationError extends Error {}

function readPair(certFile: string, keyFile: string): PemPair | null {
  try {
    return { certPem: readFileSync(certFile, 'utf8'), keyPem: readFileSync(keyFile, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function usableCa(ca: PemPair, now: Date): boolean {
  try {
    const certificate = new X509Certificate(ca.certPem);
    const lastsLongEnough = new Date(certificate.validTo).getTime() > now.getTime() + SERVER_LIFETIME_MARGIN_MS;
    return certificate.ca && certificate.checkPrivateKey(createPrivateKey(ca.keyPem)) && lastsLongEnough;
  } catch {
    return false;
  }
}

/** A CA that ends within a server certificate's lifetime is replaced before it strands the iPads. */
const SERVER_LIFETIME_MARGIN_MS = 400 * DAY_MS;

function usableServerCertificate(server: PemPair, ca: PemPair, names: HubNames, now: Date): boolean {
  try {
    const certificate = new X509Certificate(server.certPem);
    const caCertificate = new X509Certificate(ca.certPem);
    return (
      certificate.checkIssued(caCertificate) &&
      certificate.verify(caCertificate.publicKey) &&
      certificate.checkPrivateKey(createPrivateKey(server.keyPem)) &&
      new Date(certificate.validTo).getTime() > now.getTime() + RENEW_BEFORE_DAYS * DAY_MS &&
      new Date(certificate.validFrom).getTime() <= now.getTime() &&
      sameNames(certificateNames(server.certPem), names)
    );
  } catch {
    return false;
  }
}
