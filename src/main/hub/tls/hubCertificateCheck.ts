/**
 * Whether a server certificate comes from the hub's own CA, for the Electron
 * console window: it trusts that one CA, pinned by its fingerprint, for the
 * hub's names, and leaves every other certificate to Chromium's usual checks.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import type { HubCa } from './hubTls';

export function isIssuedByHubCa(leafPem: string, ca: HubCa, hostname: string, now: Date = new Date()): boolean {
  try {
    const caCertificate = new X509Certificate(ca.certPem);
    if (caCertificate.fingerprint256 !== ca.fingerprint256) return false;
    const leaf = new X509Certificate(leafPem);
    const time = now.getTime();
    const name = hostname.replace(/^\[|\]$/g, '');
    return (
      leaf.checkIssued(caCertificate) &&
      leaf.verify(caCertificate.publicKey) &&
      new Date(leaf.validFrom).getTime() <= time &&
      time < new Date(leaf.validTo).getTime() &&
      (isIP(name) === 0 ? leaf.checkHost(name) : leaf.checkIP(name)) !== undefined
    );
  } catch {
    return false;
  }
}
