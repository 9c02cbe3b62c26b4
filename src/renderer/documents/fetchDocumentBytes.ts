import { verifyDocumentBytes } from './documentDigest';

/**
 * Downloads a stored document from the hub with this device's token, and
 * checks it against its SHA-256 before anyone keeps it (DocumentIntegrityError
 * when it differs).
 */
export async function fetchDocumentBytes(hubBaseUrl: string, token: string, sha256: string): Promise<Uint8Array> {
  const response = await fetch(`${hubBaseUrl}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`Document ${sha256} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await verifyDocumentBytes(bytes, sha256);
  return bytes;
}
