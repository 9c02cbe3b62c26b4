/**
 * Reads a SQLite file the way a forensic examiner would: page by page, from
 * the raw bytes, without SQLite. For every b-tree page it lists the live cells
 * where they physically sit (offset in the page) with their decoded records,
 * and every byte that holds no live data (the gap between the cell pointers
 * and the cells, freeblocks, fragments, freelist pages), so a test can look
 * for what a delete or an update left behind.
 * File format: https://www.sqlite.org/fileformat2.html
 */

/**
 * The free gap between a page's cell pointer array and its cells. SQLite does
 * not clear the pointer slots a page no longer uses after cells move to
 * another page (a split), so this gap may start with stale 2-byte offsets.
 */
export const GAP_AFTER_CELL_POINTERS = 'gap after the cell pointers';

export type SqlValue = null | number | bigint | string | Buffer;

export interface PageCell {
  page: number;
  /** Byte offset of the cell in its page: where SQLite physically put it. */
  offset: number;
  /** The cell's raw bytes. */
  bytes: Buffer;
  /** The record's values (for an interior table cell: none). */
  values: SqlValue[];
}

export interface BtreePage {
  page: number;
  /** 2 interior index, 5 interior table, 10 leaf index, 13 leaf table. */
  type: number;
  cells: PageCell[];
  children: number[];
}

export interface SqliteImage {
  pageSize: number;
  pageCount: number;
  btreePages: Map<number, BtreePage>;
  freelistPages: number[];
  /** Every byte of the file that holds no live content, per page: [start, end) ranges in file offsets. */
  unusedRanges: Array<{ page: number; start: number; end: number; what: string }>;
  bytes: Buffer;
}

function readVarint(buffer: Buffer, at: number): { value: bigint; length: number } {
  let value = 0n;
  for (let i = 0; i < 8; i += 1) {
    const byte = buffer[at + i] ?? 0;
    value = (value << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, length: i + 1 };
  }
  value = (value << 8n) | BigInt(buffer[at + 8] ?? 0);
  return { value, length: 9 };
}

function serialSize(type: number): number {
  if (type >= 12) return Math.floor((type - (type % 2 === 0 ? 12 : 13)) / 2);
  return [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][type] ?? 0;
}

function readSerial(buffer: Buffer, at: number, type: number): SqlValue {
  switch (type) {
    case 0:
      return null;
    case 1:
      return buffer.readInt8(at);
    case 2:
      return buffer.readInt16BE(at);
    case 3:
      return buffer.readIntBE(at, 3);
    case 4:
      return buffer.readInt32BE(at);
    case 5:
      return buffer.readIntBE(at, 6);
    case 6:
      return buffer.readBigInt64BE(at);
    case 7:
      return buffer.readDoubleBE(at);
    case 8:
      return 0;
    case 9:
      return 1;
    default: {
      const size = serialSize(type);
      const slice = buffer.subarray(at, at + size);
      return type % 2 === 0 ? Buffer.from(slice) : slice.toString('utf8');
    }
  }
}

/** Decodes a record (header of serial types, then the values). */
export function decodeRecord(payload: Buffer): SqlValue[] {
  const header = readVarint(payload, 0);
  const headerSize = Number(header.value);
  const types: number[] = [];
  for (let at = header.length; at < headerSize; ) {
    const type = readVarint(payload, at);
    types.push(Number(type.value));
    at += type.length;
  }
  const values: SqlValue[] = [];
  let at = headerSize;
  for (const type of types) {
    values.push(readSerial(payload, at, type));
    at += serialSize(type);
  }
  return values;
}

/** Parses a whole SQLite file image. Throws on overflow pages (the rows tested here are small). */
export function readSqliteImage(bytes: Buffer): SqliteImage {
  if (bytes.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') throw new Error('not a SQLite file');
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const reserved = bytes[20] ?? 0;
  const usable = pageSize - reserved;
  const pageCount = bytes.length / pageSize;
  const image: SqliteImage = { pageSize, pageCount, btreePages: new Map(), freelistPages: [], unusedRanges: [], bytes };

  // The freelist: trunk pages list leaf pages; both kinds hold no live data.
  let trunk = bytes.readUInt32BE(32);
  const freelistTrunks = new Set<number>();
  while (trunk !== 0) {
    freelistTrunks.add(trunk);
    image.freelistPages.push(trunk);
    const base = (trunk - 1) * pageSize;
    const leaves = bytes.readUInt32BE(base + 4);
    for (let i = 0; i < leaves; i += 1) image.freelistPages.push(bytes.readUInt32BE(base + 8 + 4 * i));
    image.unusedRanges.push({ page: trunk, start: base + 8 + 4 * leaves, end: base + pageSize, what: 'freelist trunk' });
    trunk = bytes.readUInt32BE(base);
  }
  for (const page of image.freelistPages) {
    if (!freelistTrunks.has(page)) image.unusedRanges.push({ page, start: (page - 1) * pageSize, end: page * pageSize, what: 'freelist leaf' });
  }

  // Every b-tree, from sqlite_schema (page 1) and the root pages it names.
  const visit = (page: number) => {
    if (image.btreePages.has(page)) return;
    const parsed = readBtreePage(bytes, page, pageSize, usable);
    image.btreePages.set(page, parsed.page);
    image.unusedRanges.push(...parsed.unused);
    for (const child of parsed.page.children) visit(child);
  };
  visit(1);
  for (const root of rootPages(image)) visit(root);
  return image;
}

/** The root pages named in sqlite_schema (its 4th column). */
function rootPages(image: SqliteImage): number[] {
  return schemaRows(image).flatMap((row) => (row.rootpage > 0 ? [row.rootpage] : []));
}

/** The rows of sqlite_schema: type, name, table, root page, SQL. */
export function schemaRows(image: SqliteImage): Array<{ type: string; name: string; rootpage: number }> {
  return recordsOf(image, 1).map((cell) => ({ type: String(cell.values[0]), name: String(cell.values[1]), rootpage: Number(cell.values[3] ?? 0) }));
}

/**
 * The live records of the b-tree whose root is `root`. A WITHOUT ROWID table
 * is an index b-tree, whose interior pages hold rows too.
 */
export function recordsOf(image: SqliteImage, root: number): PageCell[] {
  return pagesOf(image, root).flatMap((page) => (page.type === 5 ? [] : page.cells));
}

/** The pages of the b-tree whose root is `root`. */
export function pagesOf(image: SqliteImage, root: number): BtreePage[] {
  const page = image.btreePages.get(root);
  if (!page) return [];
  return [page, ...page.children.flatMap((child) => pagesOf(image, child))];
}

function readBtreePage(bytes: Buffer, page: number, pageSize: number, usable: number): { page: BtreePage; unused: SqliteImage['unusedRanges'] } {
  const base = (page - 1) * pageSize;
  const headerAt = base + (page === 1 ? 100 : 0);
  const type = bytes[headerAt] ?? 0;
  if (![2, 5, 10, 13].includes(type)) throw new Error(`page ${page} is not a b-tree page (type ${type})`);
  const interior = type === 2 || type === 5;
  const cellCount = bytes.readUInt16BE(headerAt + 3);
  const pointersAt = headerAt + (interior ? 12 : 8);
  const children: number[] = [];
  const cells: PageCell[] = [];
  const covered: Array<[number, number]> = [[base, pointersAt + 2 * cellCount]];
  for (let i = 0; i < cellCount; i += 1) {
    const offset = bytes.readUInt16BE(pointersAt + 2 * i);
    const at = base + offset;
    let cursor = at;
    if (interior) {
      children.push(bytes.readUInt32BE(cursor));
      cursor += 4;
    }
    let values: SqlValue[] = [];
    if (type === 5) {
      cursor += readVarint(bytes, cursor).length;
    } else {
      const payload = readVarint(bytes, cursor);
      cursor += payload.length;
      if (type === 13) cursor += readVarint(bytes, cursor).length;
      const size = Number(payload.value);
      const maxLocal = type === 13 ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
      if (size > maxLocal) throw new Error(`page ${page} has an overflowing cell; not handled by this reader`);
      values = decodeRecord(bytes.subarray(cursor, cursor + size));
      cursor += size;
    }
    covered.push([at, cursor]);
    cells.push({ page, offset, bytes: Buffer.from(bytes.subarray(at, cursor)), values });
  }
  if (interior) children.push(bytes.readUInt32BE(headerAt + 8));
  // Freeblock headers (next, size) are bookkeeping; their bodies must hold nothing.
  let freeblock = bytes.readUInt16BE(headerAt + 1);
  while (freeblock !== 0) {
    covered.push([base + freeblock, base + freeblock + 4]);
    freeblock = bytes.readUInt16BE(base + freeblock);
  }
  covered.sort((a, b) => a[0] - b[0]);
  const unused: SqliteImage['unusedRanges'] = [];
  let cursor = base;
  const pointersEnd = pointersAt + 2 * cellCount;
  for (const [start, end] of covered) {
    if (start > cursor) unused.push({ page, start: cursor, end: start, what: cursor === pointersEnd ? GAP_AFTER_CELL_POINTERS : 'unused space in a b-tree page' });
    cursor = Math.max(cursor, end);
  }
  if (cursor < base + pageSize) unused.push({ page, start: cursor, end: base + pageSize, what: cursor === pointersEnd ? GAP_AFTER_CELL_POINTERS : 'unused space in a b-tree page' });
  return { page: { page, type, cells, children }, unused };
}
