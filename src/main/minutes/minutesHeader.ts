/**
 * The top of a state document (Nghị định 30/2020/NĐ-CP): the issuing council
 * in capitals without its term ("HỘI ĐỒNG NHÂN DÂN" over "PHƯỜNG BA ĐÌNH"), the number left
 * blank for the secretary ("Số:      /BB-HĐND"), and the place and date
 * ("Ba Đình, ngày 01 tháng 7 năm 2026": a day under 10 and a month under 3
 * take a leading zero).
 */
import type { SessionInfo } from '../../shared/protocol';
import { councilArea, councilWithoutTerm } from './councilArea';
import type { MinutesHeader } from './minutesDocument';
import type { MinutesTranslate } from './minutesContext';
import { twoDigits, vietnamMoment } from './minutesFormat';

const COUNCIL_BODY = 'Hội đồng nhân dân';

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

type CouncilFields = Pick<SessionInfo, 'council' | 'term' | 'councilLevel'>;

/**
 * The issuer in capitals, without the term: "HỘI ĐỒNG NHÂN DÂN" over the
 * level and the locality ("XÃ HÒA AN"); the level's unit word is added when
 * the name carries none. A name that is not a council's is kept on one line.
 */
export function issuerLines(t: MinutesTranslate, session: CouncilFields): string[] {
  const area = councilArea(session);
  if (area === null) return [upper(councilWithoutTerm(session))];
  if (area.name === '') return [upper(COUNCIL_BODY), ...(area.unit === '' ? [] : [upper(area.unit)])];
  const unit = area.unit === '' ? t(session.councilLevel === 'province' ? 'minutes.unit.province' : 'minutes.unit.commune') : area.unit;
  return [upper(COUNCIL_BODY), upper(`${unit} ${area.name}`)];
}

/**
 * The place a state document is dated in. The session's place is usually a
 * venue ("Hội trường Ủy ban nhân dân xã"), so the locality is taken from the
 * council's name, without its unit word or its term ("Hòa An"); the venue only
 * when the council's name gives no locality.
 */
export function localityOf(session: Pick<SessionInfo, 'council' | 'term' | 'place'>): string {
  const area = councilArea(session);
  return area === null || area.name === '' ? session.place.trim() : area.name;
}

export function minutesHeader(t: MinutesTranslate, session: SessionInfo, datedAt: number, numberKey: 'minutes.number' | 'minutes.countReportNumber'): MinutesHeader {
  const moment = vietnamMoment(datedAt);
  const day = moment.day < 10 ? twoDigits(moment.day) : String(moment.day);
  const month = moment.month < 3 ? twoDigits(moment.month) : String(moment.month);
  return {
    issuer: issuerLines(t, session),
    number: t(numberKey),
    placeAndDate: t('minutes.placeAndDate', { place: localityOf(session), day, month, year: moment.year }),
  };
}
