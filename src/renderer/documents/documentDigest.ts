/**
 * Checks a downloaded PDF against the SHA-256 the session names it by, before
 * the device keeps it. WebCrypto exists only in a secure context (HTTPS, or
 * localhost), so a page served over plain HTTP keeps the bytes unchecked.
 */

/** The bytes do not hash to the document's SHA-256: damaged or altered on the way. */
export class DocumentIntegrityError extends Error {
  constructor(readonly sha256: string) {
    super(`Document ${sha256} arrived with other content; it was discarded`);
  }
}

type Digester = Pick<SubtleCrypto, 'digest'>;

function pageSubtle(): Digester | undefined {
  return globalThis.isSecureContext === false ? undefined : globalThis.crypto?.subtle;
}

/** The bytes' SHA-256 in hex; null where WebCrypto is unavailable. */
export async function sha256Hex(bytes: Uint8Array, subtle: Digester | undefined = pageSubtle()): Promise<string | null> {
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Resolves 'verified' when the bytes match, 'unchecked' without WebCrypto, and
 * throws DocumentIntegrityError when they differ.
 */
export async function verifyDocumentBytes(bytes: Uint8Array, sha256: string, subtle?: Digester): Promise<'verified' | 'unchecked'> {
  const actual = await sha256Hex(bytes, subtle ?? pageSubtle());
  if (actual === null) return 'unchecked';
  if (actual !== sha256.toLowerCase()) throw new DocumentIntegrityError(sha256);
  return 'verified';
}
