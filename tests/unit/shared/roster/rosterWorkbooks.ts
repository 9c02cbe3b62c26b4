/**
 * Real roster files for the tests, made with the same libraries a council's
 * software would use: .xlsx workbooks written by write-excel-file, CSV text in
 * the encodings Excel saves. Names are Vietnamese, built from common parts.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hòa', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Yến'];

/** A distinct Vietnamese full name for each index below 3072. */
export function vietnameseName(index: number): string {
  const family = FAMILY[index % FAMILY.length];
  const middle = MIDDLE[Math.floor(index / FAMILY.length) % MIDDLE.length];
  const given = GIVEN[Math.floor(index / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
  return `${family} ${middle} ${given}`;
}

export const VIETNAMESE_HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Vai trò'];

/**
 * A council's roster sheet: a title row, a blank row, the header, then the
 * delegates (seat 1 the chair, seats 2–3 vice-chairs) and the guests, numbered on.
 */
export function councilRosterRows(delegates: number, guests: number): SheetData {
  const rows: SheetData = [['DANH SÁCH ĐẠI BIỂU HĐND TỈNH KHÓA XI'], [], VIETNAMESE_HEADER];
  for (let seat = 1; seat <= delegates; seat += 1) {
    const role = seat === 1 ? 'Chủ tịch' : seat <= 3 ? 'Phó Chủ tịch' : 'Đại biểu';
    rows.push([seat, vietnameseName(seat - 1), seat <= 3 ? `${role} HĐND tỉnh` : '', `Tổ ${1 + (seat % 8)}`, role]);
  }
  for (let guest = 1; guest <= guests; guest += 1) {
    rows.push([delegates + guest, vietnameseName(1000 + guest), `Giám đốc Sở số ${guest}`, null, 'Khách mời']);
  }
  return rows;
}

/** The bytes of a one-sheet .xlsx holding the rows. */
export async function xlsxBytes(rows: SheetData, sheet = 'Danh sách'): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(rows, { sheet }).toBuffer());
}

/** CSV text from cells, quoted where needed, with the delimiter given. */
export function csvText(rows: readonly (readonly (string | number)[])[], delimiter = ','): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return text.includes(delimiter) || text.includes('"') || text.includes('\n') ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

/** UTF-8 bytes of the text, with the byte-order mark Excel's "CSV UTF-8" writes when asked. */
export function utf8Bytes(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!withBom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/**
 * The first 512 bytes of an OLE compound file (the container of an old .xls and
 * of an .xlsx Excel encrypted with a password): the magic, then the header
 * fields of a version-3 file with 512-byte sectors.
 */
export function compoundFileHeader(): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(header.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 0x0009, true); // sector size 2^9
  view.setUint16(0x20, 0x0006, true); // mini sector size 2^6
  view.setUint32(0x30, 0xfffffffe, true); // no directory chain yet (end of chain)
  view.setUint32(0x38, 0x00001000, true); // mini stream cutoff
  header.fill(0xff, 0x4c, 512); // DIFAT entries unused
  return header;
}
