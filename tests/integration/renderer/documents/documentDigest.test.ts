/** The iPad checks every downloaded PDF against its SHA-256 before keeping it (issue 8, section 3). */
import { createHash, webcrypto } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DocumentIntegrityError, sha256Hex, verifyDocumentBytes } from '../../../../src/renderer/documents/documentDigest';
import { fetchDocumentBytes } from '../../../../src/renderer/documents/fetchDocumentBytes';

const pdf = new TextEncoder().encode('%PDF-1.7 một tài liệu của kỳ họp');
const sha = createHash('sha256').update(pdf).digest('hex');

describe('the document digest', () => {
  it('is the SHA-256 of the bytes, in hex, from WebCrypto', async () => {
    expect(await sha256Hex(pdf, webcrypto.subtle)).toBe(sha);
  });

  it('verifies bytes that match their SHA-256', async () => {
    expect(await verifyDocumentBytes(pdf, sha, webcrypto.subtle)).toBe('verified');
  });

  it('refuses bytes with one byte changed', async () => {
    const altered = pdf.slice();
    altered[10] = (altered[10] ?? 0) ^ 0x20;
    await expect(verifyDocumentBytes(altered, sha, webcrypto.subtle)).rejects.toBeInstanceOf(DocumentIntegrityError);
  });
});

describe('a document download', () => {
  async function serving(body: Uint8Array) {
    const server = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('returns the bytes when they match the SHA-256 the session names', async () => {
    const server = await serving(pdf);
    try {
      expect(Buffer.from(await fetchDocumentBytes(server.base, 'token', sha))).toEqual(Buffer.from(pdf));
    } finally {
      await server.close();
    }
  });

  it('throws DocumentIntegrityError instead of returning altered bytes', async () => {
    const altered = pdf.slice();
    altered[3] = 0;
    const server = await serving(altered);
    try {
      await expect(fetchDocumentBytes(server.base, 'token', sha)).rejects.toBeInstanceOf(DocumentIntegrityError);
    } finally {
      await server.close();
    }
  });
});
