import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/shared/i18n/en';
import { fillPlaceholders, translate } from '../../../../src/shared/i18n/translate';
import { vi } from '../../../../src/shared/i18n/vi';

describe('translate', () => {
  it('fills placeholders in both languages', () => {
    expect(translate('vi', 'console.delegatesOnline', { online: 27, total: 30 })).toBe('27/30 đại biểu đang kết nối');
    expect(translate('en', 'console.delegatesOnline', { online: 27, total: 30 })).toBe('27/30 delegates connected');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(fillPlaceholders(en['delegate.seat'], {})).toBe('Seat {seat}');
  });

  it('refuses at compile time a call that misses a placeholder, names one the text lacks, or passes values to a plain message', () => {
    // @ts-expect-error: 'delegate.seat' needs {seat}
    expect(translate('en', 'delegate.seat')).toBe('Seat {seat}');
    // @ts-expect-error: 'viewer.page' needs both {page} and {pages}
    expect(translate('en', 'viewer.page', { page: 2 })).toBe('Page 2/{pages}');
    // @ts-expect-error: 'delegate.seat' has no {name}
    expect(translate('en', 'delegate.seat', { seat: 4, name: 'An' })).toBe('Seat 4');
    // @ts-expect-error: 'viewer.next' has no placeholder
    expect(translate('en', 'viewer.next', { page: 1 })).toBe(en['viewer.next']);
    expect(translate('vi', 'viewer.page', { page: 2, pages: 9 })).toBe('Trang 2/9');
  });

  it('has the same keys in Vietnamese and English, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const text of [...Object.values(vi), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
});
