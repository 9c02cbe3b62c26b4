import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { socketUrl, tokenOf, useFreshHub } from '../../helpers/testHub';
import { CORRUPT_PDF_BYTES, makePdf, PNG_BYTES } from '../../helpers/testPdfs';
import { TestSocket } from '../../helpers/testSocket';

const MAX_BYTES = 64 * 1024;
let hub: Hub;
let dir: string;
useFreshHub(
  (fresh, freshDir) => {
    hub = fresh;
    dir = freshDir;
  },
  { maxDocumentBytes: MAX_BYTES },
);

function upload(bytes: Uint8Array, fileName: string, options: { itemIndex?: number; token?: string; title?: string } = {}) {
  const item = hub.engine.state().agenda[options.itemIndex ?? 4];
  const query = new URLSearchParams({ itemId: item?.id ?? 'none', fileName, ...(options.title ? { title: options.title } : {}) });
  return fetch(`${hub.localUrl}/api/documents?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.token ?? tokenOf(hub, 'secretary')}`, 'Content-Type': 'application/pdf' },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

function storedFiles(): string[] {
  return readdirSync(join(dir, 'documents')).filter((name) => name.endsWith('.pdf'));
}

function download(sha256: string, headers: Record<string, string> = {}, token = tokenOf(hub, 'seat-3')) {
  return fetch(`${hub.localUrl}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
}

describe('document import', () => {
  it('[D4] stores an uploaded PDF by its SHA-256, attaches it to the item and tells every delegate', async () => {
    const delegate = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'seat-3'));
    const bytes = await makePdf(7, 'Bao cao');
    const response = await upload(bytes, 'bao-cao_tham-tra.pdf');
    expect(response.status).toBe(200);
    const { document } = (await response.json()) as { document: { id: string; sha256: string; pages: number; title: string; bytes: number } };
    expect(document).toMatchObject({ pages: 7, title: 'bao-cao tham-tra', bytes: bytes.byteLength });
    expect(existsSync(join(dir, 'documents', `${document.sha256}.pdf`))).toBe(true);
    await delegate.until(() => delegate.state.documents.find((d) => d.id === document.id), 'the new document on the delegate');
    expect(hub.engine.state().documents.filter((d) => d.itemId === hub.engine.state().agenda[4]?.id).map((d) => d.id)).toEqual([document.id]);
  });

  it('[D4] stores the same file once, however often it is imported; again on the same item it is refused as a duplicate', async () => {
    const bytes = await makePdf(3, 'Same');
    const filesBefore = storedFiles().length;
    const first = (await (await upload(bytes, 'a.pdf', { itemIndex: 4 })).json()) as { document: { id: string } };
    const again = await upload(bytes, 'a-again.pdf', { itemIndex: 4 });
    const elsewhere = (await (await upload(bytes, 'a.pdf', { itemIndex: 5 })).json()) as { document: { id: string } };
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toBe('duplicate');
    expect(elsewhere.document.id).not.toBe(first.document.id);
    expect(storedFiles().length).toBe(filesBefore + 1);
  });

  it('takes the title given with the upload', async () => {
    const response = await upload(await makePdf(2), 'tt.pdf', { title: 'Tờ trình số 415/TTr-UBND' });
    expect(((await response.json()) as { document: { title: string } }).document.title).toBe('Tờ trình số 415/TTr-UBND');
  });

  it('[D1] refuses uploads from the chair and delegates, and without a token', async () => {
    const bytes = await makePdf(1);
    expect((await upload(bytes, 'x.pdf', { token: tokenOf(hub, 'chair') })).status).toBe(403);
    expect((await upload(bytes, 'x.pdf', { token: tokenOf(hub, 'seat-1') })).status).toBe(403);
    expect((await upload(bytes, 'x.pdf', { token: 'A'.repeat(32) })).status).toBe(401);
  });

  it('[D3] refuses an upload for an item that does not exist', async () => {
    const response = await fetch(`${hub.localUrl}/api/documents?itemId=nope&fileName=x.pdf`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}` },
      body: (await makePdf(1)) as Uint8Array<ArrayBuffer>,
    });
    expect(response.status).toBe(404);
  });
});

describe('[D2] bad files are refused with the reason, and change nothing', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, number, string]> = [
    ['a PNG named .pdf', () => PNG_BYTES, 415, 'not_pdf'],
    ['a truncated PDF', async () => (await makePdf(20, 'Long')).slice(0, 1500), 422, 'corrupt'],
    ['a corrupt PDF', () => CORRUPT_PDF_BYTES, 422, 'corrupt'],
    ['a PDF that needs a password to open', () => new Uint8Array(readFileSync(join('tests', 'fixtures', 'pdf', 'open-password-aes256-objstm.pdf'))), 422, 'encrypted'],
    ['an empty file', () => new Uint8Array(0), 400, 'empty'],
    ['a file over the size limit', () => new Uint8Array(MAX_BYTES + 1).fill(0x25), 413, 'too_large'],
  ];
  for (const [name, make, status, code] of cases) {
    it(`${name}: ${status} ${code}`, async () => {
      const seq = hub.engine.seq();
      const files = storedFiles();
      const response = await upload(await make(), 'bien-ban.pdf');
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe(code);
      expect(body.message.length).toBeGreaterThan(5);
      expect(hub.engine.seq()).toBe(seq);
      expect(storedFiles()).toEqual(files);
      expect(readdirSync(join(dir, 'documents', '.incoming'))).toEqual([]);
    });
  }
});

describe('document downloads', () => {
  async function anyDocument() {
    const document = hub.engine.state().documents[0];
    if (!document) throw new Error('the demo session has no documents');
    return document;
  }

  it('[D6] serves a document immutably with its SHA-256 as ETag, and 304 when the ETag matches', async () => {
    const document = await anyDocument();
    const response = await download(document.sha256);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${document.sha256}"`);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect((await response.arrayBuffer()).byteLength).toBe(document.bytes);
    const again = await download(document.sha256, { 'If-None-Match': `"${document.sha256}"` });
    expect(again.status).toBe(304);
  });

  it('[D6] answers a byte range with 206, a suffix range too, and an impossible one with 416', async () => {
    const document = await anyDocument();
    const first = await download(document.sha256, { Range: 'bytes=0-99' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${document.bytes}`);
    expect(new TextDecoder().decode((await first.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const tail = await download(document.sha256, { Range: 'bytes=-16' });
    expect(tail.status).toBe(206);
    expect((await tail.arrayBuffer()).byteLength).toBe(16);
    const impossible = await download(document.sha256, { Range: `bytes=${document.bytes + 10}-` });
    expect(impossible.status).toBe(416);
    expect(impossible.headers.get('content-range')).toBe(`bytes */${document.bytes}`);
  });

  it('[D5] needs a current token', async () => {
    const document = await anyDocument();
    expect((await download(document.sha256, {}, 'B'.repeat(32))).status).toBe(401);
  });

  it('[D5] answers 404 for documents that do not exist and for paths that try to leave the store', async () => {
    for (const path of [`/documents/${'a'.repeat(64)}.pdf`, '/documents/../hub.key', '/documents/%2e%2e%2fhub.key', '/documents/..%2fchamber.sqlite', '/documents/ABC.pdf']) {
      const response = await fetch(`${hub.localUrl}${path}`, { headers: { Authorization: `Bearer ${tokenOf(hub, 'seat-3')}` } });
      expect(response.status, path).toBe(404);
    }
  });

  it('[D5] does not serve a stored file that no document of the session refers to', async () => {
    const document = await anyDocument();
    await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary')).then((secretary) => secretary.command({ type: 'document.remove', documentId: document.id }));
    const stillUsed = hub.engine.state().documents.some((other) => other.sha256 === document.sha256);
    expect(stillUsed).toBe(false);
    expect((await download(document.sha256)).status).toBe(404);
  });
});
