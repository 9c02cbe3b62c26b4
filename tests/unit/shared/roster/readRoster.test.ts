import { describe, expect, it } from 'vitest';
import { readRoster, remapRoster } from '../../../../src/shared/roster';
import type { RosterPreview } from '../../../../src/shared/roster';
import { compoundFileHeader, councilRosterRows, csvText, utf8Bytes, vietnameseName, VIETNAMESE_HEADER, xlsxBytes } from './rosterWorkbooks';

async function preview(bytes: Uint8Array, sheet?: string): Promise<RosterPreview> {
  const result = await readRoster(bytes, sheet === undefined ? {} : { sheet });
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.preview;
}

async function refusal(bytes: Uint8Array, sheet?: string): Promise<string> {
  const result = await readRoster(bytes, sheet === undefined ? {} : { sheet });
  return result.ok ? 'accepted' : result.code;
}

describe('reading a council roster from a real .xlsx', () => {
  it('reads 85 delegates and 150 guests below a title row, with the header found and every column guessed', async () => {
    const read = await preview(await xlsxBytes(councilRosterRows(85, 150)));
    expect(read.format).toBe('xlsx');
    expect(read.headerRow).toBe(2);
    expect(read.mapping).toEqual({ seat: 0, name: 1, office: 2, group: 3, role: 4 });
    expect(read.problems).toEqual([]);
    expect(read.seats).toHaveLength(85);
    expect(read.guests).toHaveLength(150);
    expect(read.seats[0]).toEqual({ seat: 1, name: vietnameseName(0), office: 'Chủ tịch HĐND tỉnh', group: 'Tổ 2', role: 'chair' });
    expect(read.seats.filter((seat) => seat.role === 'viceChair').map((seat) => seat.seat)).toEqual([2, 3]);
    expect(read.guests[0]).toEqual({ number: 86, name: vietnameseName(1001), office: 'Giám đốc Sở số 1', role: 'guest' });
  });

  it('reads the sheet the secretary chooses, and refuses a sheet name the workbook lacks', async () => {
    const bytes = await xlsxBytes(councilRosterRows(3, 0), 'Đại biểu');
    expect((await preview(bytes, 'Đại biểu')).seats).toHaveLength(3);
    expect(await refusal(bytes, 'Không có')).toBe('sheet_not_found');
  });

  it('reads a sheet without a header as seat, name, position, group and role in that order', async () => {
    const read = await preview(await xlsxBytes([[1, 'Lê Văn An', 'Chủ tịch HĐND', 'Tổ 1', 'Chủ tọa'], [2, 'Trần Thị Bình', '', 'Tổ 2', '']]));
    expect(read.headerRow).toBeNull();
    expect(read.seats.map((seat) => [seat.seat, seat.role])).toEqual([[1, 'chair'], [2, 'delegate']]);
  });
});

describe('names as the roster keeps them', () => {
  it('turns decomposed accents into NFC, trims, and collapses inner spaces and non-breaking spaces', async () => {
    const decomposed = 'Nguyễn Văn An'.normalize('NFD');
    const read = await preview(await xlsxBytes([['Ghế', 'Họ tên'], [1, `  ${decomposed.replace(' ', '   ')}\u00a0 `]]));
    expect(read.seats[0]?.name).toBe('Nguyễn Văn An');
    expect(read.seats[0]?.name).toBe(read.seats[0]?.name.normalize('NFC'));
  });

  it('takes out control characters and text-direction overrides, which the hub would refuse', async () => {
    const read = await preview(await xlsxBytes([['Ghế', 'Họ tên', 'Chức vụ'], [1, 'Trần\u202e Thị\u0007 Bình', '\u2066Giám đốc Sở\u2069']]));
    expect(read.seats[0]).toMatchObject({ name: 'Trần Thị Bình', office: 'Giám đốc Sở' });
  });
});

describe('problem rows, listed before anything changes', () => {
  const rows = [
    VIETNAMESE_HEADER,
    [1, 'Lê Văn An', '', 'Tổ 1', 'Đại biểu'],
    [2, 'Trần Thị Bình', '', 'Tổ 1', 'Đại biểu'],
    [2, 'Phạm Văn Cường', '', 'Tổ 2', 'Đại biểu'],
    [3, '', '', 'Tổ 2', 'Đại biểu'],
    [4, '     ', '', 'Tổ 2', 'Đại biểu'],
    [5, 'Hồ Thị Giang', '', 'Tổ 3', 'Chủ nhiệm'],
    ['năm', 'Vũ Minh Hải', '', 'Tổ 3', 'Đại biểu'],
    ['', 'Đỗ Ngọc Hằng', '', 'Tổ 3', 'Đại biểu'],
    [7, 'Bùi Văn Hòa', '', 'Tổ 3', 'Đại biểu'],
  ];

  it('names each problem row with its sheet row, column and reason, and keeps only the good rows', async () => {
    const read = await preview(await xlsxBytes(rows));
    expect(read.problems).toEqual([
      { row: 3, column: 'seat', code: 'duplicate_seat' },
      { row: 4, column: 'seat', code: 'duplicate_seat' },
      { row: 5, column: 'name', code: 'missing_name' },
      { row: 6, column: 'name', code: 'blank_name' },
      { row: 7, column: 'role', code: 'bad_role' },
      { row: 8, column: 'seat', code: 'bad_seat' },
      { row: 9, column: 'seat', code: 'missing_seat' },
    ]);
    expect(read.seats.map((seat) => seat.seat)).toEqual([1, 7]);
  });

  it('gives a guest without a number, or with a number another guest has, the next free number and says so without blocking', async () => {
    const read = await preview(
      await xlsxBytes([
        VIETNAMESE_HEADER,
        [1, 'Lê Văn An', '', '', ''],
        [90, 'Trần Thị Bình', 'Giám đốc Sở Tài chính', '', 'Khách mời'],
        ['', 'Phạm Văn Cường', 'Đại biểu Quốc hội', '', 'khach moi'],
        [90, 'Hồ Thị Giang', 'Chánh Văn phòng', '', 'Thư ký'],
      ]),
    );
    expect(read.guests).toEqual([
      { number: 90, name: 'Trần Thị Bình', office: 'Giám đốc Sở Tài chính', role: 'guest' },
      { number: 91, name: 'Phạm Văn Cường', office: 'Đại biểu Quốc hội', role: 'guest' },
      { number: 92, name: 'Hồ Thị Giang', office: 'Chánh Văn phòng', role: 'secretary' },
    ]);
    expect(read.problems).toEqual([
      { row: 4, column: 'seat', code: 'guest_number_assigned' },
      { row: 5, column: 'seat', code: 'guest_number_assigned' },
    ]);
  });

  it('a name longer than the protocol allows is a problem, not a silent cut', async () => {
    const read = await preview(await xlsxBytes([VIETNAMESE_HEADER, [1, 'A'.repeat(121), '', '', '']]));
    expect(read.problems).toEqual([{ row: 2, column: 'name', code: 'text_too_long' }]);
  });
});

describe('changing the column mapping in the preview', () => {
  it('reads the rows again through the new mapping: a wrong guess fixed by the secretary clears its problems', async () => {
    const read = await preview(await xlsxBytes([['Ghế', 'Ghi chú', 'Họ và tên đại biểu'], [1, 'x', 'Lê Văn An'], [2, 'y', 'Trần Thị Bình']]));
    expect(read.mapping.name).toBe(2);
    const wrong = remapRoster(read, { ...read.mapping, name: 1 });
    expect(wrong.seats.map((seat) => seat.name)).toEqual(['x', 'y']);
    const fixed = remapRoster(wrong, { ...wrong.mapping, name: 2 });
    expect(fixed.seats.map((seat) => seat.name)).toEqual(['Lê Văn An', 'Trần Thị Bình']);
    expect(fixed.problems).toEqual([]);
  });

  it('an unmapped name column makes every row a missing-name problem', async () => {
    const read = await preview(await xlsxBytes([VIETNAMESE_HEADER, [1, 'Lê Văn An', '', '', '']]));
    const unmapped = remapRoster(read, { ...read.mapping, name: null });
    expect(unmapped.problems).toEqual([{ row: 2, column: 'name', code: 'missing_name' }]);
    expect(unmapped.seats).toEqual([]);
  });
});

describe('CSV files as Excel saves them', () => {
  const rows = [VIETNAMESE_HEADER, [1, 'Nguyễn Văn An', 'Chủ tịch HĐND', 'Tổ 1', 'Chủ tịch'], [2, 'Trần Thị Bình', '', 'Tổ 2', 'Đại biểu']];

  it('reads UTF-8 with a byte-order mark and commas', async () => {
    const read = await preview(utf8Bytes(csvText(rows), true));
    expect(read.format).toBe('csv');
    expect(read.mapping.seat).toBe(0);
    expect(read.seats.map((seat) => seat.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('reads UTF-8 without a byte-order mark and with semicolons (Excel in a comma-decimal locale)', async () => {
    const read = await preview(utf8Bytes(csvText(rows, ';')));
    expect(read.seats.map((seat) => [seat.seat, seat.name, seat.role])).toEqual([[1, 'Nguyễn Văn An', 'chair'], [2, 'Trần Thị Bình', 'delegate']]);
  });

  it('reads UTF-16 with tabs (Excel\'s "Unicode Text")', async () => {
    const text = csvText(rows, '\t');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) new DataView(bytes.buffer).setUint16(2 + index * 2, text.charCodeAt(index), true);
    const read = await preview(bytes);
    expect(read.seats.map((seat) => [seat.seat, seat.name, seat.group])).toEqual([[1, 'Nguyễn Văn An', 'Tổ 1'], [2, 'Trần Thị Bình', 'Tổ 2']]);
  });

  it('reads windows-1258 (Excel\'s plain CSV on a Vietnamese Windows) into NFC names', async () => {
    // "Ghế;Họ tên" then "1;Nguyễn Văn" in windows-1258: ê is EA, ă is E3, and the tone marks are combining bytes (DE tilde, D2 hook, EC acute).
    const bytes = new Uint8Array([
      0x47, 0x68, 0xea, 0xec, 0x3b, 0x48, 0x6f, 0xf2, 0x20, 0x74, 0xea, 0x6e, 0x0d, 0x0a,
      0x31, 0x3b, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x56, 0xe3, 0x6e,
    ]);
    const read = await preview(bytes);
    expect(read.mapping).toMatchObject({ seat: 0, name: 1 });
    expect(read.seats).toEqual([{ seat: 1, name: 'Nguyễn Văn', office: '', group: '', role: 'delegate' }]);
  });
});

describe('files refused before any row is read, with a reason', () => {
  it('refuses a file that is not a spreadsheet, whatever its name: a PDF, a PNG, random bytes', async () => {
    expect(await refusal(utf8Bytes('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'))).toBe('not_spreadsheet');
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('not_spreadsheet');
    expect(await refusal(Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))).toBe('not_spreadsheet');
  });

  it('refuses a ZIP that is not a workbook', async () => {
    // A ZIP holding no file at all: only its end-of-central-directory record.
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), 0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect(await refusal(emptyZip)).toBe('not_spreadsheet');
  });

  it('refuses an OLE compound file (a password-protected workbook or an old .xls) as password_protected', async () => {
    expect(await refusal(compoundFileHeader())).toBe('password_protected');
  });

  it('refuses an empty file, a workbook with no filled row, and a sheet with a header but no data', async () => {
    expect(await refusal(new Uint8Array(0))).toBe('empty');
    expect(await refusal(await xlsxBytes([[null, null], [null]]))).toBe('empty');
    expect(await refusal(await xlsxBytes([VIETNAMESE_HEADER]))).toBe('empty');
    expect(await refusal(utf8Bytes('\r\n\r\n'))).toBe('empty');
  });

  it('refuses a roster of 5,000 rows, and takes one of exactly 2,000', async () => {
    expect(await refusal(await xlsxBytes(councilRosterRows(85, 4915)))).toBe('too_many_rows');
    const atLimit = await preview(await xlsxBytes(councilRosterRows(85, 1915)));
    expect(atLimit.seats.length + atLimit.guests.length).toBe(2000);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    expect(await refusal(big)).toBe('too_large');
  });
});
