/** The state header's parts: the issuing council split in two lines without its term, and the locality the document is dated in. */
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

const t = minutesTranslate('vi');

function council(name: string, councilLevel: SessionInfo['councilLevel'] = 'province'): Pick<SessionInfo, 'council' | 'term' | 'councilLevel'> {
  return { council: name, term: '', councilLevel };
}

describe('the state header', () => {
  it('splits the council into the body and the locality, in capitals', () => {
    expect(issuerLines(t, council('Hội đồng nhân dân tỉnh An Giang'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN GIANG']);
    expect(issuerLines(t, council('Hội đồng nhân dân đặc khu Phú Quốc'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'ĐẶC KHU PHÚ QUỐC']);
    expect(issuerLines(t, council('Thường trực HĐND'))).toEqual(['THƯỜNG TRỰC HĐND']);
  });

  it('leaves the term out of the issuer, whether typed into the council’s name or kept apart', () => {
    expect(issuerLines(t, council('Hội đồng nhân dân xã Hòa An khóa XIII, nhiệm kỳ 2026–2031', 'commune'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN']);
    expect(issuerLines(t, council('Hội đồng nhân dân xã Hòa An, nhiệm kỳ 2026–2031', 'commune'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN']);
    expect(issuerLines(t, { ...council('HĐND xã Hòa An Khóa XIII', 'commune'), term: 'Khóa XIII' })).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN']);
  });

  it('adds the council level’s unit word when the name carries none', () => {
    expect(issuerLines(t, council('Hội đồng nhân dân Hòa An khóa XIII', 'commune'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN']);
    expect(issuerLines(t, council('Hội đồng nhân dân An Giang', 'province'))).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN GIANG']);
  });

  it('dates the document in the locality without its unit word, or at the venue when the council has no locality', () => {
    expect(localityOf({ council: 'Hội đồng nhân dân tỉnh An Giang', term: '', place: 'x' })).toBe('An Giang');
    expect(localityOf({ council: 'Hội đồng nhân dân thành phố Hà Nội', term: '', place: 'x' })).toBe('Hà Nội');
    expect(localityOf({ council: 'Hội đồng nhân dân xã Tân Lập', term: '', place: 'x' })).toBe('Tân Lập');
    expect(localityOf({ council: 'HĐND phường', term: '', place: 'Hội trường phường' })).toBe('Hội trường phường');
  });

  it('dates the document in the locality without the term typed into the council’s name, never at the term', () => {
    const hoaAn = { ...session, council: 'Hội đồng nhân dân xã Hòa An khóa XIII, nhiệm kỳ 2026–2031', councilLevel: 'commune' as const, place: 'Hội trường Ủy ban nhân dân xã' };
    expect(localityOf(hoaAn)).toBe('Hòa An');
    expect(minutesHeader(t, hoaAn, Date.UTC(2026, 11, 8, 2, 0), 'minutes.number')).toEqual({
      issuer: ['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA AN'],
      number: 'Số:      /BB-HĐND',
      placeAndDate: 'Hòa An, ngày 08 tháng 12 năm 2026',
    });
  });

  it('writes the date in Vietnam’s time, a day under 10 and a month under 3 with a leading zero', () => {
    // 20:30 UTC on 4 February is already 5 February in Vietnam.
    expect(minutesHeader(t, session, Date.UTC(2026, 1, 4, 20, 30), 'minutes.number')).toEqual({
      issuer: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH AN GIANG'],
      number: 'Số:      /BB-HĐND',
      placeAndDate: 'An Giang, ngày 05 tháng 02 năm 2026',
    });
    expect(minutesHeader(t, session, Date.UTC(2026, 11, 12, 2, 0), 'minutes.countReportNumber').placeAndDate).toBe('An Giang, ngày 12 tháng 12 năm 2026');
  });
});
