/**
 * The hub's server certificate, signed by its own CA, naming every address of
 * the hub. It lives under 398 days, the most iPadOS and Safari accept for a
 * server certificate, and carries the serverAuth purpose they require.
 */
import { CLOCK_SKEW_MS } from './certificateAuthority';
import { canonicalIp } from './hubNames';
import type { HubNames } from './hubNames';
import { DAY_MS, generateKeys, importPrivateKey, KEY_ALGORITHM, privateKeyPem, randomSerial, x509 } from './x509';
import type { PemPair } from './x509';

/** Under Apple's 398-day ceiling, with room for the hour of clock skew. */
export const SERVER_VALIDITY_DAYS = 397;
/** A certificate this close to its end is renewed at the next start. */
export const RENEW_BEFORE_DAYS = 30;

export async function issueServerCertificate(ca: PemPair, names: HubNames, now: Date): Promise<PemPair> {
  const keys = await generateKeys();
  const caCertificate = new x509.X509Certificate(ca.certPem);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: [{ CN: [names.dns.find((name) => name !== 'localhost') ?? 'localhost'] }, { O: ['Chamber'] }],
    issuer: caCertificate.subject,
    notBefore: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfter: new Date(now.getTime() + SERVER_VALIDITY_DAYS * DAY_MS - CLOCK_SKEW_MS),
    publicKey: keys.publicKey,
    signingKey: await importPrivateKey(ca.keyPem),
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCertificate),
    ],
  });
  return { certPem: certificate.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

/** The names a certificate covers, read from its subjectAltName. */
export function certificateNames(certPem: string): HubNames {
  const certificate = new x509.X509Certificate(certPem);
  const names = certificate.getExtension(x509.SubjectAlternativeNameExtension)?.names.items ?? [];
  return {
    ips: names.filter((name) => name.type === 'ip').map((name) => canonicalIp(name.value)).sort(),
    dns: names.filter((name) => name.type === 'dns').map((name) => name.value.toLowerCase()).sort(),
  };
}
