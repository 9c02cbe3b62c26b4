/**
 * PDFs written byte by byte, for what pdf-lib cannot make: hostile files small
 * enough to make in a test (a page tree that repeats itself, compression
 * bombs, an overstated page count) and a file that uses the BrotliDecode filter.
 */
import { brotliCompressSync, constants, deflateRawSync } from 'node:zlib';

type PdfObject = string | Uint8Array;

/** Joins numbered objects (1, 2, …) into a PDF with a cross-reference stream (so object streams can be listed). */
function writePdf(objects: PdfObject[], compressed: Array<{ num: number; inStream: number; index: number }> = []): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]?.byteLength ?? 0;
  const offsets = new Map<number, number>();
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    length += chunk.byteLength;
  };
  objects.forEach((object, index) => {
    offsets.set(index + 1, length);
    push(typeof object === 'string' ? encoder.encode(`${index + 1} 0 obj\n${object}\nendobj\n`) : object);
  });
  const xrefNum = objects.length + 1;
  const rows: number[][] = [[0, 0, 0xffff]];
  for (let num = 1; num < xrefNum; num += 1) {
    const inStream = compressed.find((entry) => entry.num === num);
    rows.push(inStream ? [2, inStream.inStream, inStream.index] : [1, offsets.get(num) ?? 0, 0]);
  }
  rows.push([1, length, 0]);
  const table = Buffer.alloc(rows.length * 7);
  rows.forEach(([type = 0, field2 = 0, field3 = 0], row) => {
    table.writeUInt8(type, row * 7);
    table.writeUInt32BE(field2, row * 7 + 1);
    table.writeUInt16BE(field3, row * 7 + 5);
  });
  const xrefStart = length;
  push(encoder.encode(`${xrefNum} 0 obj\n<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Root 1 0 R /Length ${table.byteLength} >>\nstream\n`));
  push(table);
  push(encoder.encode(`\nendstream\nendobj\nstartxref\n${xrefStart}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A page tree that repeats itself: `levels` levels of page-tree nodes, each
 * listing the next one `fanOut` times, over one page. A reader that trusts it
 * sees fanOut^levels pages in a file of a few hundred bytes (8 levels of 10:
 * 100,000,000 pages).
 */
export function makeSelfRepeatingPageTreePdf(levels = 8, fanOut = 10): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < levels; level += 1) {
    const num = level + 2;
    const kid = num + 1;
    const parent = level === 0 ? '' : ` /Parent ${num - 1} 0 R`;
    objects.push(`<< /Type /Pages${parent} /Count ${fanOut ** (levels - level)} /Kids [${Array.from({ length: fanOut }, () => `${kid} 0 R`).join(' ')}] >>`);
  }
  objects.push(`<< /Type /Page /Parent ${levels + 1} 0 R /MediaBox [0 0 595 842] >>`);
  return writePdf(objects);
}

/** A page tree whose root lists itself as its own kid: a loop, not a tree. */
export function makePageTreeLoopPdf(): Uint8Array {
  return writePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 3 /Kids [2 0 R 3 0 R 2 0 R] >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
}

/**
 * A zlib (FlateDecode) stream of `prefix` followed by `inflatedGiB` GiB of spaces,
 * about 1 MB per GiB, made without ever holding the inflated bytes.
 */
function spacesBomb(prefix: Buffer, inflatedGiB: number): Buffer {
  // A fully flushed block of 16 MiB of spaces stands alone (no back-reference leaves it),
  // so repeating it is still a valid deflate stream; an empty final block closes it.
  const chunkBytes = 16 * 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(chunkBytes, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const repeats = Math.ceil((inflatedGiB * 1024 * 1024 * 1024) / chunkBytes);
  const opening = deflateRawSync(prefix, { finishFlush: constants.Z_FULL_FLUSH });
  const closing = Buffer.from([0x03, 0x00]);
  const zlibHeader = Buffer.from([0x78, 0xda]);
  // The Adler-32 checksum of the inflated data is left at zero: readers stop at the final block.
  return Buffer.concat([zlibHeader, opening, ...Array.from({ length: repeats }, () => block), closing, Buffer.alloc(4)]);
}

/**
 * A compression bomb: the page tree sits in an object stream (FlateDecode) that
 * inflates to `inflatedGiB` GiB of spaces after it, from a file of about 1 MB per
 * GiB. A reader must inflate the whole stream to read the page tree.
 */
export function makeCompressionBombPdf(inflatedGiB = 4): Uint8Array {
  const header = Buffer.from('2 0 ');
  const pages = Buffer.from('<< /Type /Pages /Count 1 /Kids [4 0 R] >>');
  const body = spacesBomb(Buffer.concat([header, pages]), inflatedGiB);
  const objectStream = Buffer.concat([
    Buffer.from(`3 0 obj\n<< /Type /ObjStm /N 1 /First ${header.byteLength} /Filter /FlateDecode /Length ${body.byteLength} >>\nstream\n`),
    body,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  return writePdf(
    ['<< /Type /Catalog /Pages 2 0 R >>', new Uint8Array(0), objectStream, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'],
    [{ num: 2, inStream: 3, index: 0 }],
  );
}

/**
 * A compression bomb in a page's content: a well-formed one-page PDF whose page
 * content stream (FlateDecode) draws one word and then inflates to `inflatedGiB`
 * GiB of spaces, from a file of about 1 MB per GiB. Opening the file and walking
 * its pages decodes nothing; reading or drawing the page inflates it all.
 */
export function makeContentStreamBombPdf(inflatedGiB = 2): Uint8Array {
  const body = spacesBomb(Buffer.from('BT /F1 24 Tf 60 760 Td (Bom) Tj ET'), inflatedGiB);
  const contentStream = Buffer.concat([
    Buffer.from(`4 0 obj\n<< /Filter /FlateDecode /Length ${body.byteLength} >>\nstream\n`),
    body,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    contentStream,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** One real page under a page-tree root that claims `count` pages. */
export function makeOverstatedPageCountPdf(count: number): Uint8Array {
  return writePdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${count} /Kids [3 0 R] >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
}

/** Many real pages, each its own page object under one flat page-tree root. */
export function makeManyPagesPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const pageObjects = Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  return writePdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`, ...pageObjects]);
}

/**
 * A one-page PDF compressed with the BrotliDecode filter (PDF 2.0 errata): its page
 * tree sits in a Brotli object stream, so a reader must decode Brotli to open the
 * file at all, and its page content is a Brotli stream too.
 */
export function makeBrotliPdf(): Uint8Array {
  const header = Buffer.from('2 0 ');
  const pages = Buffer.from('<< /Type /Pages /Count 1 /Kids [4 0 R] >>');
  const objects = brotliCompressSync(Buffer.concat([header, pages]));
  const content = brotliCompressSync(Buffer.from('0.2 0.4 0.8 rg 60 600 400 150 re f'));
  const objectStream = Buffer.concat([
    Buffer.from(`3 0 obj\n<< /Type /ObjStm /N 1 /First ${header.byteLength} /Filter /BrotliDecode /Length ${objects.byteLength} >>\nstream\n`),
    objects,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  const contentStream = Buffer.concat([
    Buffer.from(`5 0 obj\n<< /Filter /BrotliDecode /Length ${content.byteLength} >>\nstream\n`),
    content,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  return writePdf(
    ['<< /Type /Catalog /Pages 2 0 R >>', new Uint8Array(0), objectStream, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>', contentStream],
    [{ num: 2, inStream: 3, index: 0 }],
  );
}
