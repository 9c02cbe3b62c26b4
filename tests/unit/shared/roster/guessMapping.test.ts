import { describe, expect, it } from 'vitest';
import { findHeaderRow, mappingFromHeader, parseRole } from '../../../../src/shared/roster';

describe('guessing the columns from their titles', () => {
  it('knows the Vietnamese titles with their accents', () => {
    expect(mappingFromHeader(['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Vai trò'])).toEqual({ seat: 0, name: 1, office: 2, group: 3, role: 4 });
    expect(mappingFromHeader(['Số ghế', 'Họ tên', 'Chức danh', 'Tổ', 'Vai trò'])).toEqual({ seat: 0, name: 1, office: 2, group: 3, role: 4 });
  });

  it('knows them typed without accents or in capitals', () => {
    expect(mappingFromHeader(['GHE', 'HO VA TEN', 'CHUC VU', 'TO DAI BIEU', 'VAI TRO'])).toEqual({ seat: 0, name: 1, office: 2, group: 3, role: 4 });
  });

  it('knows the English titles, in any order, and leaves unknown columns unmapped', () => {
    expect(mappingFromHeader(['Notes', 'Role', 'Name', 'Seat', 'Position'])).toEqual({ seat: 3, name: 2, office: 4, group: null, role: 1 });
  });

  it('takes a longer title that starts with a known one ("Chức vụ, đơn vị công tác")', () => {
    expect(mappingFromHeader(['TT', 'Họ và tên', 'Chức vụ, đơn vị công tác']).office).toBe(2);
  });

  it('prefers the seat number to a running row number when a sheet has both', () => {
    expect(mappingFromHeader(['STT', 'Họ và tên', 'Số ghế']).seat).toBe(2);
    expect(mappingFromHeader(['STT', 'Họ và tên']).seat).toBe(0);
  });

  it('finds the header below the title rows, and none in a sheet of data only', () => {
    expect(findHeaderRow([['DANH SÁCH ĐẠI BIỂU'], ['Kỳ họp thứ nhất'], [], ['STT', 'Họ và tên'], [1, 'Lê Văn An']])).toBe(3);
    expect(findHeaderRow([[1, 'Lê Văn An'], [2, 'Trần Thị Bình']])).toBeNull();
  });
});

describe('role words', () => {
  it('reads delegates, chairs, vice-chairs, guests and secretaries in Vietnamese and English, with or without accents', () => {
    const cases: [string, string | null][] = [
      ['', 'delegate'],
      ['Đại biểu', 'delegate'],
      ['delegate', 'delegate'],
      ['Chủ tọa', 'chair'],
      ['Chủ tịch HĐND', 'chair'],
      ['chair', 'chair'],
      ['Phó Chủ tịch', 'viceChair'],
      ['PHO CHU TICH HDND', 'viceChair'],
      ['Vice-chair', 'viceChair'],
      ['Khách mời', 'guest'],
      ['guest', 'guest'],
      ['Thư ký', 'secretary'],
      ['secretary', 'secretary'],
      ['Chủ nhiệm', null],
      ['x', null],
    ];
    for (const [words, role] of cases) expect([words, parseRole(words)]).toEqual([words, role]);
  });
});
