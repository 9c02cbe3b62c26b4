/** The state header's parts: the issuing council split in two lines, and the locality the document is dated in. */
import { describe, expect, it } from 'vitest';
import { issuerLines, localityOf, minutesHeader } from '../../../../src/main/minutes/minutesHeader';
import { minutesTranslate } from '../../../../src/main/minutes/minutesContext';
import type { SessionInfo } from '../../../../src/shared/protocol';

const session: SessionInfo = {
  id: 's',
  title: 'Kỳ họp thứ Mười Hai',
  council: 'Hội đồng nhân dân tỉnh An Giang',
  place: 'Hội trường tỉnh',
  termId: 's',
  councilLevel: 'province',
  term: '',
  number: 12,
  kind: 'regular',
  startDate: null,
  endDate: null,
  status: 'open',
};

describe('the state header', () => {
  it('splits the council into the body and the locality, in capitals', () => {
    expect(issuerLines('Hội đồng nhân dân tỉnh An Giang')).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN GIANG']);
    expect(issuerLines('Hội đồng nhân dân đặc khu Phú Quốc')).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'ĐẶC KHU PHÚ QUỐC']);
    expect(issuerLines('Thường trực HĐND')).toEqual(['THƯỜNG TRỰC HĐND']);
  });

  it('dates the document in the locality without its unit word, or at the venue when the council has no locality', () => {
    expect(localityOf({ council: 'Hội đồng nhân dân tỉnh An Giang', place: 'x' })).toBe('An Giang');
    expect(localityOf({ council: 'Hội đồng nhân dân thành phố Hà Nội', place: 'x' })).toBe('Hà Nội');
    expect(localityOf({ council: 'Hội đồng nhân dân xã Tân Lập', place: 'x' })).toBe('Tân Lập');
    expect(localityOf({ council: 'HĐND phường', place: 'Hội trường phường' })).toBe('Hội trường phường');
  });

  it('writes the date in Vietnam’s time, a day under 10 and a month under 3 with a leading zero', () => {
    const t = minutesTranslate('vi');
    // 20:30 UTC on 4 February is already 5 February in Vietnam.
    expect(minutesHeader(t, session, Date.UTC(2026, 1, 4, 20, 30), 'minutes.number')).toEqual({
      issuer: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN GIANG'],
      number: 'Số:      /BB-HĐND',
      placeAndDate: 'An Giang, ngày 05 tháng 02 năm 2026',
    });
    expect(minutesHeader(t, session, Date.UTC(2026, 11, 12, 2, 0), 'minutes.countReportNumber').placeAndDate).toBe('An Giang, ngày 12 tháng 12 năm 2026');
  });
});
