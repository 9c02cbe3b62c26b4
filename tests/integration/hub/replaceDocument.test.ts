/**
 * Replacing a document through `POST /api/documents/<documentId>/replace`
 * against a real hub: the delegates' sockets hear of it, the earlier file is
 * still served, the presenter's page follows, and bad requests change nothing.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import type { DocumentInfo, ReplaceReply } from '../../../src/shared/protocol';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { CORRUPT_PDF_BYTES, makePdf } from '../../helpers/testPdfs';
import { TestSocket } from '../../helpers/testSocket';
import { uploadTestDocument } from '../../helpers/uploadTestDocument';

let hub: Hub;
useFreshHub(
  (fresh) => {
    hub = fresh;
  },
  { maxDocumentBytes: 64 * 1024 },
);

async function firstDocument(pages = 12): Promise<DocumentInfo> {
  const itemId = hub.engine.state().agenda[4]?.id ?? 'none';
  return uploadTestDocument(hub, itemId, 'to-trinh.pdf', await makePdf(pages, 'Ban dau'), 'Tờ trình số 1');
}

function replace(documentId: string, bytes: Uint8Array, options: { token?: string | null; fileName?: string; headers?: Record<string, string> } = {}) {
  const query = new URLSearchParams({ fileName: options.fileName ?? 'to-trinh-v2.pdf' });
  const authorization: Record<string, string> = options.token === null ? {} : { Authorization: `Bearer ${options.token ?? tokenOf(hub, 'secretary')}` };
  return fetch(`${hub.localUrl}/api/documents/${documentId}/replace?${query}`, {
    method: 'POST',
    headers: { ...authorization, 'Content-Type': 'application/pdf', ...options.headers },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

function download(sha256: string, token = tokenOf(hub, 'seat-3')) {
  return fetch(`${hub.localUrl}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
}

describe('replacing a document', () => {
  it('[W3] answers the document as it now is and tells every delegate, with the notice, over their sockets', async () => {
    const original = await firstDocument(12);
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'));
    const bytes = await makePdf(14, 'Ban moi');
    const response = await replace(original.id, bytes);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ReplaceReply;
    if (!('document' in body)) throw new Error(body.message);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(body.document).toMatchObject({ id: original.id, sha256, pages: 14, version: 2, fileName: 'to-trinh-v2.pdf', title: 'Tờ trình số 1' });
    expect(body.document.previous).toEqual([expect.objectContaining({ sha256: original.sha256, pages: 12, fileName: 'to-trinh.pdf' })]);
    const seen = await delegate.until(() => delegate.state.documents.find((document) => document.id === original.id && document.version === 2), 'the new version on the delegate');
    expect(seen).toMatchObject({ sha256, pages: 14 });
    const notice = await delegate.until(() => delegate.state.notices[0], 'the notice of the update');
    expect(notice.text).toBe('Đã cập nhật tài liệu “Tờ trình số 1”: bản mới 14 trang (bản trước 12 trang).');
    delegate.close();
  });

  it('[W5] still serves the earlier version’s bytes, and the new ones', async () => {
    const originalBytes = await makePdf(3, 'Cu');
    const itemId = hub.engine.state().agenda[4]?.id ?? 'none';
    const original = await uploadTestDocument(hub, itemId, 'cu.pdf', originalBytes);
    const newBytes = await makePdf(2, 'Moi');
    expect((await replace(original.id, newBytes)).status).toBe(200);
    const old = await download(original.sha256);
    expect(old.status).toBe(200);
    expect(Buffer.from(await old.arrayBuffer()).equals(Buffer.from(originalBytes))).toBe(true);
    const current = await download(createHash('sha256').update(newBytes).digest('hex'));
    expect(Buffer.from(await current.arrayBuffer()).equals(Buffer.from(newBytes))).toBe(true);
  });

  it('[W4] keeps the presenter on the same page, clamped to the new page count', async () => {
    const original = await firstDocument(12);
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    await chair.command({ type: 'presentation.show', documentId: original.id, page: 10, offset: 0 });
    await chair.until(() => (chair.state.presentation?.page === 10 ? true : undefined), 'page 10 shown');
    expect((await replace(original.id, await makePdf(4, 'Ngan'))).status).toBe(200);
    expect(hub.engine.state().presentation).toEqual({ documentId: original.id, page: 4, offset: 0 });
    await chair.until(() => (chair.state.presentation?.page === 4 ? true : undefined), 'the clamped page on the chair');
    chair.close();
  });

  it('[W2] refuses the same bytes as the current version with 409 duplicate, and changes nothing', async () => {
    const bytes = await makePdf(5, 'Giong');
    const itemId = hub.engine.state().agenda[4]?.id ?? 'none';
    const original = await uploadTestDocument(hub, itemId, 'giong.pdf', bytes);
    const seq = hub.engine.seq();
    const response = await replace(original.id, bytes);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'duplicate' });
    expect(hub.engine.seq()).toBe(seq);
  });

  it('[W1] answers 404 for an unknown document, and changes nothing', async () => {
    const seq = hub.engine.seq();
    const response = await replace('no-such-document', await makePdf(1));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
    expect(hub.engine.seq()).toBe(seq);
  });

  it('[W1] is for the secretary only: the chair and a delegate get 403, a stale token 401, another origin 403', async () => {
    const original = await firstDocument(2);
    const bytes = await makePdf(3, 'Khac');
    const seq = hub.engine.seq();
    expect((await replace(original.id, bytes, { token: tokenOf(hub, 'chair') })).status).toBe(403);
    expect((await replace(original.id, bytes, { token: tokenOf(hub, 'seat-1') })).status).toBe(403);
    expect((await replace(original.id, bytes, { token: 'A'.repeat(32) })).status).toBe(401);
    expect((await replace(original.id, bytes, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect(hub.engine.seq()).toBe(seq);
  });

  it('[W1] answers a request without a token 401 (from any origin) with its reason, the body read first, not a reset connection', async () => {
    const original = await firstDocument(2);
    const seq = hub.engine.seq();
    // Near the size limit (64 KiB here), so the body is still being sent when the hub has decided.
    const body = new Uint8Array(63 * 1024).fill(0x25);
    for (const documentId of [original.id, 'no-such-document']) {
      for (const headers of [{}, { Origin: 'http://evil.example' }] as Record<string, string>[]) {
        const answer = await replace(documentId, body, { token: null, headers });
        expect(answer.status).toBe(401);
        expect(await answer.json()).toMatchObject({ error: 'unauthorized' });
      }
    }
    expect(hub.engine.seq()).toBe(seq);
  });

  it('[W1] refuses a damaged PDF, a missing file name and an oversized file, keeping the current version', async () => {
    const original = await firstDocument(2);
    const corrupt = await replace(original.id, CORRUPT_PDF_BYTES);
    expect(corrupt.status).toBe(422);
    const noName = await fetch(`${hub.localUrl}/api/documents/${original.id}/replace`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}` },
      body: (await makePdf(1)) as Uint8Array<ArrayBuffer>,
    });
    expect(noName.status).toBe(400);
    const oversized = await replace(original.id, new Uint8Array(65 * 1024));
    expect(oversized.status).toBe(413);
    expect(hub.engine.state().documents.find((document) => document.id === original.id)).toMatchObject({ sha256: original.sha256, version: 1 });
    const health = await fetch(`${hub.localUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  it('[W3] starts the "opened by" figures again for the new version', async () => {
    const original = await firstDocument(2);
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'));
    await delegate.command({ type: 'document.open', documentId: original.id });
    expect(hub.engine.state().documents.find((document) => document.id === original.id)?.openedBy).toEqual(['seat-3']);
    expect((await replace(original.id, await makePdf(3, 'Moi'))).status).toBe(200);
    expect(hub.engine.state().documents.find((document) => document.id === original.id)?.openedBy).toEqual([]);
    delegate.close();
  });

  it('serves no file of another session or one never stored: an unknown SHA-256 is 404', async () => {
    expect((await download('9'.repeat(64))).status).toBe(404);
  });
});
