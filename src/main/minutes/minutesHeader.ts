/**
 * The top of a state document (Nghị định 30/2020/NĐ-CP): the issuing council
 * in capitals ("HỘI ĐỒNG NHÂN DÂN" over "PHƯỜNG BA ĐÌNH"), the number left
 * blank for the secretary ("Số:      /BB-HĐND"), and the place and date
 * ("Ba Đình, ngày 01 tháng 7 năm 2026": a day under 10 and a month under 3
 * take a leading zero).
 */
import type { SessionInfo } from '../../shared/protocol';
import type { MinutesHeader } from './minutesDocument';
import type { MinutesTranslate } from './minutesContext';
import { twoDigits, vietnamMoment } from './minutesFormat';

const COUNCIL_WORDS = 'hội đồng nhân dân';
/** The unit words before a locality's name, longest first. */
const UNIT_WORDS = ['thành phố', 'đặc khu', 'phường', 'tỉnh', 'xã'];

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The council's name, split as the header prints it: the body, then the locality. */
export function issuerLines(council: string): string[] {
  const name = council.trim();
  if (name.toLocaleLowerCase('vi').startsWith(COUNCIL_WORDS) && name.length > COUNCIL_WORDS.length) {
    return [upper(name.slice(0, COUNCIL_WORDS.length)), upper(name.slice(COUNCIL_WORDS.length).trim())];
  }
  return [upper(name)];
}

/** The locality a state document is dated in: the council's area without its unit word, else the venue. */
export function localityOf(session: Pick<SessionInfo, 'council' | 'place'>): string {
  const name = session.council.trim();
  if (!name.toLocaleLowerCase('vi').startsWith(COUNCIL_WORDS)) return session.place.trim();
  const area = name.slice(COUNCIL_WORDS.length).trim();
  const lower = area.toLocaleLowerCase('vi');
  const unit = UNIT_WORDS.find((word) => lower.startsWith(`${word} `));
  const locality = unit ? area.slice(unit.length).trim() : area;
  return locality === '' ? session.place.trim() : locality;
}

export function minutesHeader(t: MinutesTranslate, session: SessionInfo, datedAt: number, numberKey: 'minutes.number' | 'minutes.countReportNumber'): MinutesHeader {
  const moment = vietnamMoment(datedAt);
  const day = moment.day < 10 ? twoDigits(moment.day) : String(moment.day);
  const month = moment.month < 3 ? twoDigits(moment.month) : String(moment.month);
  return {
    issuer: issuerLines(session.council),
    number: t(numberKey),
    placeAndDate: t('minutes.placeAndDate', { place: localityOf(session), day, month, year: moment.year }),
  };
}
