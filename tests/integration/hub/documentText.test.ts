/**
 * The text index route (`GET /documents/<sha256>/text`): made in a worker
 * thread after an upload or at start for the seeded documents, kept on disk
 * beside the PDF and made once, served with any current token.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { startTestHub, tokenOf, useFreshHub } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';

let hub: Hub;
let dir: string;
useFreshHub((fresh, freshDir) => {
  hub = fresh;
  dir = freshDir;
});

function textOf(sha256: string, token: string | null = tokenOf(hub, 'seat-3'), headers: Record<string, string> = {}) {
  return fetch(`${hub.localUrl}/documents/${sha256}/text`, { headers: { ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers } });
}

/** Asks until the index is made, calling `meanwhile` after each 202; returns the final answer and how many 202s came first. */
async function untilIndexed(sha256: string, meanwhile: () => Promise<void> = async () => undefined): Promise<{ response: Response; pending: number }> {
  for (let pending = 0; pending < 2_000; pending += 1) {
    const response = await textOf(sha256);
    if (response.status !== 202) return { response, pending };
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    await response.body?.cancel();
    await meanwhile();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the text index was never made');
}

async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let n = 0; n < 2; n += 1) pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.4, 0.4, 0.4) });
  return pdf.save();
}

describe('the text index of a document', () => {
  it("serves a seeded document's page texts to a delegate, immutable, with an ETag and 304", async () => {
    const document = hub.engine.state().documents.find((candidate) => candidate.title.includes('Tờ trình'));
    expect(document).toBeDefined();
    if (!document) return;
    const { response } = await untilIndexed(document.sha256);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    const etag = response.headers.get('etag');
    expect(etag).toBe(`"${document.sha256}.text"`);
    const body = (await response.json()) as { pages: string[] };
    expect(body.pages).toHaveLength(document.pages);
    expect(body.pages.join('\n').normalize('NFC')).toContain('ngân sách');
    const again = await textOf(document.sha256, tokenOf(hub, 'seat-3'), { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('refuses a request without a current token and answers 404 for a SHA-256 that is no document of the session', async () => {
    const document = hub.engine.state().documents[0];
    if (!document) throw new Error('the demo session has documents');
    expect((await textOf(document.sha256, null)).status).toBe(401);
    expect((await textOf(document.sha256, 'not-a-token')).status).toBe(401);
    const unknown = await textOf('0'.repeat(64));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toBe('not_found');
    expect((await textOf('abc')).status).toBe(404);
  });

  it('indexes an uploaded 1,500-page document in a worker while /healthz keeps answering, and writes the index once', async () => {
    const itemId = hub.engine.state().agenda[4]?.id ?? '';
    const document = await uploadTestDocument(hub, itemId, 'bao-cao-dai.pdf', await makePdf(1500, 'Ngan sach'));
    let healthAnswers = 0;
    const { response, pending } = await untilIndexed(document.sha256, async () => {
      const health = await fetch(`${hub.localUrl}/healthz`);
      expect(health.status).toBe(200);
      healthAnswers += 1;
    });
    expect(pending).toBeGreaterThan(0);
    expect(healthAnswers).toBe(pending);
    expect(response.status).toBe(200);
    const { pages } = (await response.json()) as { pages: string[] };
    expect(pages).toHaveLength(1500);
    expect(pages[0]).toContain('Ngan sach page 1');
    expect(pages[1499]).toContain('Ngan sach page 1500');

    const file = join(dir, 'documents', `${document.sha256}.text.json`);
    const written = statSync(file);
    expect(written.mode & 0o777).toBe(0o600);
    expect((await textOf(document.sha256)).status).toBe(200);
    await hub.stop();
    const restarted = await startTestHub(dir);
    hub = restarted;
    try {
      expect((await textOf(document.sha256)).status).toBe(200);
      const after = statSync(file);
      expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: written.ino, mtimeMs: written.mtimeMs });
    } finally {
      await restarted.stop();
    }
  }, 120_000);

  it('gives an image-only document an empty text on every page', async () => {
    const itemId = hub.engine.state().agenda[4]?.id ?? '';
    const document = await uploadTestDocument(hub, itemId, 'anh-quet.pdf', await imageOnlyPdf());
    const { response } = await untilIndexed(document.sha256);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pages: ['', ''] });
  });
});
