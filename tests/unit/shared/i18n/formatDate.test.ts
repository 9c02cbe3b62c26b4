import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from '../../../../src/shared/i18n/formatDate';

describe('dates in the reader language', () => {
  it('writes a sitting date in the long Vietnamese form of official documents', () => {
    expect(formatLongDate('vi', '2026-12-08')).toBe('Thứ Ba, ngày 8 tháng 12 năm 2026');
    expect(formatLongDate('vi', '2026-01-04')).toBe('Chủ Nhật, ngày 4 tháng 1 năm 2026');
  });

  it('writes the long form in English with the weekday and the month by name', () => {
    expect(formatLongDate('en', '2026-12-08')).toMatch(/^Tuesday,? 8 December 2026$/);
  });

  it('writes the short numeric form, day first, for dense tables', () => {
    expect(formatShortDate('vi', '2026-12-08')).toBe('08/12/2026');
    expect(formatShortDate('en', '2026-12-08')).toBe('08/12/2026');
  });

  it('keeps the calendar day whatever the time zone, since a date is not an instant', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Honolulu', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(formatLongDate('vi', '2026-03-01')).toBe('Chủ Nhật, ngày 1 tháng 3 năm 2026');
        expect(formatShortDate('vi', '2026-03-01')).toBe('01/03/2026');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatLongDate('vi', '2026-02-30')).toBe('2026-02-30');
    expect(formatShortDate('en', 'soon')).toBe('soon');
  });
});
