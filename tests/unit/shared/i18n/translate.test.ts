import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/shared/i18n/en';
import { translate } from '../../../../src/shared/i18n/translate';
import { vi } from '../../../../src/shared/i18n/vi';

describe('translate', () => {
  it('fills placeholders in both languages', () => {
    expect(translate('vi', 'console.delegatesOnline', { online: 27, total: 30 })).toBe('27/30 đại biểu đang kết nối');
    expect(translate('en', 'console.delegatesOnline', { online: 27, total: 30 })).toBe('27/30 delegates connected');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(translate('en', 'delegate.seat')).toBe('Seat {seat}');
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
