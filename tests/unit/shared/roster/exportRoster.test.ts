import { unzipSync, strFromU8 } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { escapeFormula, exportRosterXlsx, readRoster } from '../../../../src/shared/roster';
import type { ExportGuest, ExportSeat } from '../../../../src/shared/roster';
import { vietnameseName } from './rosterWorkbooks';

const VACANT_AT = Date.UTC(2027, 2, 15, 1, 30); // 08:30 in Hà Nội

function council(): { seats: ExportSeat[]; guests: ExportGuest[] } {
  const seats: ExportSeat[] = Array.from({ length: 85 }, (_, index) => ({
    seat: index + 1,
    name: vietnameseName(index),
    office: index === 0 ? 'Chủ tịch HĐND tỉnh' : '',
    group: `Tổ ${1 + (index % 8)}`,
    role: index === 0 ? 'chair' : index < 3 ? 'viceChair' : 'delegate',
  }));
  seats[9] = { ...seats[9]!, vacantFrom: VACANT_AT, vacancyReason: 'Chuyển công tác' };
  const guests: ExportGuest[] = Array.from({ length: 150 }, (_, index) => ({
    number: 86 + index,
    name: vietnameseName(1000 + index),
    office: `Giám đốc Sở số ${index + 1}`,
    role: index === 0 ? 'secretary' : 'guest',
  }));
  return { seats, guests };
}

/** The XML of the workbook's first sheet. */
function sheetXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const sheet = files['xl/worksheets/sheet1.xml'];
  if (!sheet) throw new Error(`no first sheet among ${Object.keys(files).join(', ')}`);
  return strFromU8(sheet);
}

describe('exporting the roster to .xlsx', () => {
  it('writes the header, the delegates by seat with their role in Vietnamese and the vacancy, then the guests', async () => {
    const bytes = await exportRosterXlsx(council(), { timeZone: 'Asia/Ho_Chi_Minh' });
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]).toEqual(['Ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Vai trò', 'Thôi làm nhiệm vụ từ', 'Lý do']);
    expect(rows[1]).toEqual([1, vietnameseName(0), 'Chủ tịch HĐND tỉnh', 'Tổ 1', 'Chủ tịch', null, null]);
    expect(rows[2]?.[4]).toBe('Phó Chủ tịch');
    expect(rows[10]).toEqual([10, vietnameseName(9), null, 'Tổ 2', 'Đại biểu', '15/03/2027 08:30', 'Chuyển công tác']);
    expect(rows[86]).toEqual([86, vietnameseName(1000), 'Giám đốc Sở số 1', null, 'Thư ký', null, null]);
    expect(rows[87]?.[4]).toBe('Khách mời');
    expect(rows).toHaveLength(1 + 85 + 150);
  });

  it('writes the headers and roles in English when asked', async () => {
    const rows = await readSheet(Buffer.from(await exportRosterXlsx(council(), { language: 'en' })));
    expect(rows[0]?.slice(0, 5)).toEqual(['Seat', 'Full name', 'Position', 'Group', 'Role']);
    expect(rows[2]?.[4]).toBe('Vice-chair');
  });

  it('reads back through the import as the same 85 delegates and 150 guests', async () => {
    const roster = council();
    const result = await readRoster(await exportRosterXlsx(roster));
    if (!result.ok) throw new Error(result.code);
    expect(result.preview.problems).toEqual([]);
    expect(result.preview.seats).toEqual(roster.seats.map(({ seat, name, office, group, role }) => ({ seat, name, office, group, role })));
    expect(result.preview.guests).toEqual(roster.guests);
  });
});

describe('formula injection in the export', () => {
  const hostile = ["=CMD|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

  it('escapes every text cell that starts with =, +, -, @, tab or CR with a leading apostrophe, and leaves others alone', () => {
    for (const text of hostile) expect(escapeFormula(text)).toBe(`'${text}`);
    expect(escapeFormula('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(escapeFormula('Tổ 1 = Tổ 2')).toBe('Tổ 1 = Tổ 2');
  });

  it('writes a hostile name, position and group as text cells with no formula in the sheet, and the import gives back the original text', async () => {
    const seats: ExportSeat[] = [{ seat: 1, name: "=CMD|' /C calc'!A0", office: '+1+1', group: '@SUM(A1:A2)', role: 'delegate' }];
    const bytes = await exportRosterXlsx({ seats, guests: [{ number: 2, name: '-2+3 Khách', office: '', role: 'guest' }] });

    const xml = sheetXml(bytes);
    expect(xml).not.toMatch(/<f[\s>]/);
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[1]?.slice(1, 4)).toEqual(["'=CMD|' /C calc'!A0", "'+1+1", "'@SUM(A1:A2)"]);
    expect(rows[2]?.[1]).toBe("'-2+3 Khách");

    const result = await readRoster(bytes);
    if (!result.ok) throw new Error(result.code);
    expect(result.preview.seats[0]).toMatchObject({ name: "=CMD|' /C calc'!A0", office: '+1+1', group: '@SUM(A1:A2)' });
    expect(result.preview.guests[0]?.name).toBe('-2+3 Khách');
  });
});
