/**
 * The hub's own certificate authority. iPads trust it once, through a
 * configuration profile; it signs the hub's server certificate, which can then
 * be renewed for new addresses without touching the iPads again.
 */
import { DAY_MS, generateKeys, KEY_ALGORITHM, privateKeyPem, randomSerial, x509 } from './x509';
import type { PemPair } from './x509';

/** Ten years: the CA is installed by hand on every iPad, so it should outlive the hardware. */
export const CA_VALIDITY_DAYS = 3650;
/** Clocks on iPads and the hub computer differ a little; a certificate starts an hour early. */
export const CLOCK_SKEW_MS = 60 * 60 * 1000;

export async function createCertificateAuthority(commonName: string, now: Date): Promise<PemPair> {
  const keys = await generateKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: [{ CN: [commonName] }, { O: ['Chamber'] }],
    notBefore: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfter: new Date(now.getTime() + CA_VALIDITY_DAYS * DAY_MS),
    keys,
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      // A CA that may sign server certificates but no further CAs.
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: certificate.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}
