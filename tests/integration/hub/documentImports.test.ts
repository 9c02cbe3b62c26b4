/**
 * Imports that accept what councils really have, through the real upload route
 * and the real check worker: owner-password PDFs, bytes after %%EOF and the
 * Brotli filter pass; files that need a password to open, hostile files and
 * duplicates are refused with their reason, write nothing and change nothing,
 * and the hub answers /healthz all through the check of a hostile file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfCheckPool } from '../../../src/main/hub/documents/pdfCheck/pdfCheckPool';
import type { Hub } from '../../../src/main/hub/startHub';
import { uploadReplySchema } from '../../../src/shared/protocol';
import { makeBrotliPdf, makeCompressionBombPdf, makeContentStreamBombPdf, makeManyPagesPdf, makePageTreeLoopPdf, makeSelfRepeatingPageTreePdf } from '../../helpers/handWrittenPdfs';
import { tokenOf, useFreshHub } from '../../helpers/testHub';
import { makePdf } from '../../helpers/testPdfs';

const MAX_BYTES = 8 * 1024 * 1024;
let hub: Hub;
let dir: string;
useFreshHub(
  (fresh, freshDir) => {
    hub = fresh;
    dir = freshDir;
  },
  { maxDocumentBytes: MAX_BYTES },
);

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join('tests', 'fixtures', 'pdf', name)));
}

function itemId(index = 4): string {
  return hub.engine.state().agenda[index]?.id ?? 'none';
}

async function upload(bytes: Uint8Array, fileName: string, options: { itemIndex?: number; title?: string } = {}) {
  const query = new URLSearchParams({ itemId: itemId(options.itemIndex), fileName, ...(options.title ? { title: options.title } : {}) });
  const response = await fetch(`${hub.localUrl}/api/documents?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}`, 'Content-Type': 'application/pdf' },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  return { status: response.status, reply: uploadReplySchema.parse(await response.json()) };
}

/** The hub's files and log, to show that a refused upload left both as they were. */
function footprint() {
  const files = readdirSync(join(dir, 'documents')).sort();
  return {
    seq: hub.engine.seq(),
    documents: hub.engine.state().documents.length,
    // The search index of documents already accepted is written in the background, at any time.
    stored: files.filter((file) => !file.endsWith('.text.json')),
    // A text index whose PDF is not stored would be a trace of a refused file.
    strayIndexes: files.filter((file) => file.endsWith('.text.json') && !files.includes(file.replace(/\.text\.json$/, '.pdf'))),
    incoming: readdirSync(join(dir, 'documents', '.incoming')),
  };
}

async function expectAccepted(bytes: Uint8Array, fileName: string, pages: number) {
  const { status, reply } = await upload(bytes, fileName);
  if (!('document' in reply)) throw new Error(`${fileName} refused: ${reply.error} ${reply.message}`);
  expect(status).toBe(200);
  expect(reply.document.pages).toBe(pages);
  expect(hub.engine.state().documents.map((document) => document.id)).toContain(reply.document.id);
}

async function expectRefused(bytes: Uint8Array, fileName: string, status: number, code: string) {
  const before = footprint();
  const response = await upload(bytes, fileName);
  expect(response.reply).toMatchObject({ error: code });
  expect(response.status).toBe(status);
  expect(footprint()).toEqual(before);
  return response.reply;
}

describe('PDFs that readers open are accepted', () => {
  for (const name of ['owner-password-aes256-objstm.pdf', 'owner-password-aes128.pdf', 'owner-password-rc4-128.pdf']) {
    it(`accepts ${name}: an owner password restricts printing or editing but every reader opens the file`, async () => {
      await expectAccepted(fixture(name), name, 2);
    });
  }

  it('accepts a PDF followed by far more than 2 KiB after %%EOF', async () => {
    const pdf = await makePdf(3, 'Phu luc');
    const padded = new Uint8Array(pdf.byteLength + 64 * 1024);
    padded.set(pdf);
    padded.fill(0x0a, pdf.byteLength, pdf.byteLength + 16 * 1024);
    padded.fill(0x41, pdf.byteLength + 16 * 1024);
    await expectAccepted(padded, 'phu-luc-co-duoi.pdf', 3);
  });

  it('accepts a PDF compressed with the BrotliDecode filter, which the installed pdf.js decodes', async () => {
    await expectAccepted(makeBrotliPdf(), 'nen-brotli.pdf', 1);
  });
});

describe('files that cannot be opened as they are refused with the reason, writing and changing nothing', () => {
  for (const name of ['open-password-aes256-objstm.pdf', 'open-password-aes128-objstm.pdf', 'open-password-rc4-128.pdf']) {
    it(`refuses ${name} as needing a password to open`, async () => {
      await expectRefused(fixture(name), name, 422, 'encrypted');
    });
  }

  it('refuses a page tree that lists itself as its own kid as corrupt', async () => {
    await expectRefused(makePageTreeLoopPdf(), 'vong-lap.pdf', 422, 'corrupt');
  });

  it('refuses a document of more than 10,000 pages, before walking them', async () => {
    const reply = await expectRefused(makeManyPagesPdf(10_001), 'qua-dai.pdf', 422, 'too_many_pages');
    expect('message' in reply && reply.message).toContain('10000');
  });

  it('refuses a file over the size limit, naming the limit in megabytes', async () => {
    const pdf = await makePdf(1);
    const oversized = new Uint8Array(MAX_BYTES + 1);
    oversized.set(pdf);
    const reply = await expectRefused(oversized, 'qua-lon.pdf', 413, 'too_large');
    expect(reply).toMatchObject({ limitMegabytes: 8 });
    expect('message' in reply && reply.message).toContain('8 MB');
  });
});

describe('the same file on the same item', () => {
  it('is refused as a duplicate (409) and changes nothing; the same file on another item is added', async () => {
    const bytes = await makePdf(2, 'Nghi quyet');
    const first = await upload(bytes, 'nghi-quyet.pdf');
    expect(first.status).toBe(200);
    await expectRefused(bytes, 'nghi-quyet-ban-sao.pdf', 409, 'duplicate');
    const elsewhere = await upload(bytes, 'nghi-quyet.pdf', { itemIndex: 5 });
    expect(elsewhere.status).toBe(200);
  });
});

describe('the hub stays responsive while a hostile file is checked', () => {
  /**
   * Asks /healthz again and again, each as soon as the last is answered, until the upload
   * is answered; notes for each answer whether the check was still running at that moment.
   */
  async function healthDuring(bytes: Uint8Array, fileName: string) {
    let answered = false;
    const uploading = upload(bytes, fileName).finally(() => {
      answered = true;
    });
    const health: Array<{ status: number; duringCheck: boolean }> = [];
    while (!answered) {
      const response = await fetch(`${hub.localUrl}/healthz`);
      await response.arrayBuffer();
      health.push({ status: response.status, duringCheck: pdfCheckPool.load().running > 0 });
    }
    return { health, upload: await uploading };
  }

  it('answers /healthz throughout the check of a compression bomb (4 GiB from 4 MB), refused as too complex, and checks the next file as usual', async () => {
    const before = footprint();
    const { health, upload: result } = await healthDuring(makeCompressionBombPdf(4), 'bom-nen.pdf');
    expect(result.reply).toMatchObject({ error: 'timeout' });
    expect(result.status).toBe(422);
    expect(health.every((answer) => answer.status === 200)).toBe(true);
    expect(health.filter((answer) => answer.duringCheck).length).toBeGreaterThan(0);
    expect(footprint()).toEqual(before);
    // The stopped worker is not reused: the next file is checked as usual.
    await expectAccepted(await makePdf(2, 'Sau bom'), 'sau-bom.pdf', 2);
  }, 60_000);

  it("refuses a one-page file of 2 MB whose page content inflates to 2 GiB of spaces as too complex, with /healthz answering throughout and the store unchanged", async () => {
    const before = footprint();
    const bomb = makeContentStreamBombPdf(2);
    expect(bomb.byteLength).toBeLessThan(MAX_BYTES);
    const { health, upload: result } = await healthDuring(bomb, 'bom-noi-dung.pdf');
    expect(result.reply).toMatchObject({ error: 'timeout' });
    expect(result.status).toBe(422);
    expect(health.every((answer) => answer.status === 200)).toBe(true);
    expect(health.filter((answer) => answer.duringCheck).length).toBeGreaterThan(0);
    expect(footprint()).toEqual(before);
  }, 120_000);

  // pdf.js reads the claimed page count from the tree's root, so this check ends within a
  // /healthz round trip or two: the answers are checked, not that one fell inside the check.
  it('refuses a page tree that repeats itself (100,000,000 pages in a few hundred bytes) for its page count, with /healthz answering meanwhile', async () => {
    const before = footprint();
    const tree = makeSelfRepeatingPageTreePdf(8, 10);
    expect(tree.byteLength).toBeLessThan(2048);
    const { health, upload: result } = await healthDuring(tree, 'cay-trang-lap.pdf');
    expect(result.reply).toMatchObject({ error: 'too_many_pages' });
    expect(result.status).toBe(422);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((answer) => answer.status === 200)).toBe(true);
    expect(footprint()).toEqual(before);
  }, 60_000);
});

describe('file names', () => {
  it('stores the name in NFC without bidi controls, and takes the title from it', async () => {
    const decomposed = 'Nghi\u0323 quye\u0302\u0301t \u202Efdp.exe\u202C so\u0302\u0301 12.pdf'.normalize('NFD');
    const { reply } = await upload(await makePdf(1), decomposed);
    if (!('document' in reply)) throw new Error(reply.message);
    expect(reply.document.fileName).toBe('Nghị quyết fdp.exe số 12.pdf');
    expect(reply.document.title).toBe('Nghị quyết fdp.exe số 12');
  });

  it('shortens a long Vietnamese name on a letter boundary, keeping the extension, instead of refusing it', async () => {
    const long = `${'Báo cáo thẩm tra dự thảo nghị quyết về kế hoạch đầu tư công trung hạn '.repeat(6)}.pdf`;
    const { status, reply } = await upload(await makePdf(1), long.normalize('NFD'));
    if (!('document' in reply)) throw new Error(reply.message);
    expect(status).toBe(200);
    expect(reply.document.fileName.length).toBeLessThanOrEqual(255);
    expect(reply.document.fileName.endsWith('….pdf')).toBe(true);
    expect(long.normalize('NFC').startsWith(reply.document.fileName.replace(/….pdf$/, ''))).toBe(true);
  });
});
