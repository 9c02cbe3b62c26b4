/**
 * The iPad's downloader resuming a broken transfer against a real hub: a
 * relay cuts the first answer off mid-body; the next attempt must be a Range
 * request from exactly where the bytes stopped, tied to the file's ETag, and
 * the joined bytes must hash to the document's SHA-256.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../../src/main/hub/startHub';
import { fetchDocumentBytes } from '../../../../src/renderer/documents/fetchDocumentBytes';
import { createPartialDownloads } from '../../../../src/renderer/documents/partialDownloads';
import { makeTextPdf } from '../../../bench/benchPdf';
import type { CutOffRelay } from '../../../helpers/cutOffRelay';
import { startCutOffRelay } from '../../../helpers/cutOffRelay';
import { tokenOf, useFreshHub } from '../../../helpers/testHub';
import { uploadTestDocument } from '../../../helpers/uploadTestDocument';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

let relay: CutOffRelay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

const CUT_AFTER = 16 * 1024;

async function largeDocument() {
  const bytes = await makeTextPdf(60);
  expect(bytes.byteLength).toBeGreaterThan(CUT_AFTER * 2);
  return { bytes, document: await uploadTestDocument(hub, hub.engine.state().agenda[0]?.id ?? '', 'dai.pdf', bytes) };
}

/** The relay's address under the name the hub answers to. */
function relayBase(port: number): string {
  return hub.localUrl.replace(/:\d+$/, `:${port}`);
}

describe('resuming a broken download', () => {
  it('asks for the rest with Range from the byte where the transfer stopped, and ends with the right SHA-256', async () => {
    const { bytes, document } = await largeDocument();
    relay = await startCutOffRelay(Number(new URL(hub.localUrl).port), CUT_AFTER);
    const partials = createPartialDownloads();
    const token = tokenOf(hub, 'seat-3');
    const base = relayBase(relay.port);

    await expect(fetchDocumentBytes(base, token, document.sha256, partials)).rejects.toThrow();
    const kept = partials.heldBytes();
    // The cut fell in the body: some bytes came, not all of them.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(bytes.byteLength);

    const result = await fetchDocumentBytes(base, token, document.sha256, partials);
    const [first, second] = relay.requests();
    expect(first?.headers.range).toBeUndefined();
    expect(second?.line).toBe(`GET /documents/${document.sha256}.pdf HTTP/1.1`);
    expect(second?.headers.range).toBe(`bytes=${kept}-`);
    expect(second?.headers['if-range']).toBe(`"${document.sha256}"`);
    expect(createHash('sha256').update(result).digest('hex')).toBe(document.sha256);
    expect(partials.heldBytes()).toBe(0);
  });

  it('takes the whole file when the hub answers the Range request with 200, and still ends with the right SHA-256', async () => {
    const { document } = await largeDocument();
    const partials = createPartialDownloads();
    // Bytes kept under a stale If-Range make the hub send the whole file (200), which replaces them.
    partials.keep(document.sha256, { chunks: [new Uint8Array(1000).fill(7)], length: 1000 });
    const token = tokenOf(hub, 'seat-3');
    const original = globalThis.fetch;
    const seen: Array<Record<string, string>> = [];
    globalThis.fetch = (input, init) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      seen.push(headers);
      return original(input, { ...init, headers: { ...headers, 'If-Range': '"another-version"' } });
    };
    try {
      const result = await fetchDocumentBytes(hub.localUrl, token, document.sha256, partials);
      expect(seen[0]?.Range).toBe('bytes=1000-');
      expect(createHash('sha256').update(result).digest('hex')).toBe(document.sha256);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('keeps the received bytes when the retry cannot reach the hub, and resumes from them later', async () => {
    const { document } = await largeDocument();
    relay = await startCutOffRelay(Number(new URL(hub.localUrl).port), CUT_AFTER);
    const partials = createPartialDownloads();
    const token = tokenOf(hub, 'seat-3');
    await expect(fetchDocumentBytes(relayBase(relay.port), token, document.sha256, partials)).rejects.toThrow();
    const kept = partials.heldBytes();
    // Nothing listens there: the attempt fails before any answer.
    await expect(fetchDocumentBytes('http://127.0.0.1:1', token, document.sha256, partials)).rejects.toThrow();
    expect(partials.heldBytes()).toBe(kept);
    const result = await fetchDocumentBytes(relayBase(relay.port), token, document.sha256, partials);
    expect(relay.requests().at(-1)?.headers.range).toBe(`bytes=${kept}-`);
    expect(createHash('sha256').update(result).digest('hex')).toBe(document.sha256);
  });
});
