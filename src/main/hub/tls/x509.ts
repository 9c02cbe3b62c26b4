/**
 * The X.509 library, set up once: @peculiar/x509 builds and reads certificates
 * with WebCrypto (Node's own), so no ASN.1 is written by hand here. Its
 * dependency injection needs the Reflect metadata polyfill loaded first.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// The library is typed against the DOM's Crypto, which Node's webcrypto implements
// but this Node-only build has no type for.
type DomCrypto = Extract<Parameters<typeof x509.cryptoProvider.set>[0], object>;
x509.cryptoProvider.set(webcrypto as unknown as DomCrypto);

export { x509 };

/** ECDSA P-256 with SHA-256: accepted by iPadOS, Chromium and WebKitGTK, and fast to generate. */
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** A certificate and its private key, both PEM. */
export interface PemPair {
  certPem: string;
  keyPem: string;
}

/**
 * Keys as the library types them: the DOM's CryptoKeyPair where that type
 * exists, which Node's webcrypto keys are at run time.
 */
export type KeyPair = x509.X509CertificateCreateSelfSignedParams['keys'];
export type Key = KeyPair['privateKey'];

export async function generateKeys(): Promise<KeyPair> {
  return (await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as unknown as KeyPair;
}

export async function privateKeyPem(key: Key): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key as unknown as webcrypto.CryptoKey);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

export async function importPrivateKey(pem: string): Promise<Key> {
  const der = x509.PemConverter.decodeFirst(pem);
  return (await webcrypto.subtle.importKey('pkcs8', der, KEY_ALGORITHM, true, ['sign'])) as unknown as Key;
}

/** A random positive serial number, 16 bytes, as RFC 5280 asks. */
export function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f || 0x01;
  return Buffer.from(bytes).toString('hex');
}

export const DAY_MS = 24 * 60 * 60 * 1000;
