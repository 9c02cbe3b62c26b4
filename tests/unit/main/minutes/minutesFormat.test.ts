/** How the minutes write times, turn lengths and shares of the seated delegates. */
import { describe, expect, it } from 'vitest';
import { nfc, percentOfSeated, turnLength, vietnamMoment } from '../../../../src/main/minutes/minutesFormat';
import { minutesTranslate } from '../../../../src/main/minutes/minutesContext';
import { timeOfDay } from '../../../../src/main/minutes/minutesTime';

describe('the minutes’ formats', () => {
  it('read a moment in Vietnam’s time, UTC+7 all year', () => {
    expect(vietnamMoment(Date.UTC(2026, 11, 31, 17, 5))).toEqual({ year: 2027, month: 1, day: 1, hours: 0, minutes: 5, isoDate: '2027-01-01' });
    expect(vietnamMoment(Date.UTC(2026, 6, 1, 1, 0))).toMatchObject({ hours: 8, minutes: 0, isoDate: '2026-07-01' });
  });

  it('write a time of day in words in Vietnamese and with a colon in English', () => {
    expect(timeOfDay(minutesTranslate('vi'), Date.UTC(2026, 6, 1, 2, 5))).toBe('9 giờ 05 phút');
    expect(timeOfDay(minutesTranslate('en'), Date.UTC(2026, 6, 1, 2, 5))).toBe('9:05');
  });

  it('write a turn’s length as m:ss, whole seconds rounded down', () => {
    expect(turnLength(0)).toBe('0:00');
    expect(turnLength(305_999)).toBe('5:05');
    expect(turnLength(3_600_000)).toBe('60:00');
  });

  it('write a share of the seated delegates with two decimals, a comma in Vietnamese', () => {
    expect(percentOfSeated('vi', 45, 50)).toBe('90,00%');
    expect(percentOfSeated('vi', 423, 494)).toBe('85,63%');
    expect(percentOfSeated('en', 49, 58)).toBe('84.48%');
    expect(percentOfSeated('vi', 0, 0)).toBe('0,00%');
  });

  it('compose a name typed with combining marks', () => {
    expect(nfc('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
  });
});
