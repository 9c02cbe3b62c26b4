import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatPercent } from '../../../../src/shared/i18n/formatNumber';

describe('numbers in the reader’s language', () => {
  it('write a percentage with a decimal comma in Vietnamese: 85,63%', () => {
    expect(formatPercent('vi', '85.63')).toBe('85,63%');
    expect(formatPercent('vi', '0.20')).toBe('0,20%');
    expect(formatPercent('vi', '100.00')).toBe('100,00%');
  });

  it('write a percentage with a decimal point in English: 85.63%', () => {
    expect(formatPercent('en', '85.63')).toBe('85.63%');
    expect(formatPercent('en', '0.20')).toBe('0.20%');
  });

  it('keep the two decimals the core rounded, adding none and dropping none', () => {
    expect(formatPercent('vi', '50.00')).toBe('50,00%');
    expect(formatPercent('vi', '87.45')).toBe('87,45%');
    expect(formatDecimal('en', 1.5, 1)).toBe('1.5');
    expect(formatDecimal('vi', 1.5, 1)).toBe('1,5');
  });

  it('group thousands the way each language does', () => {
    expect(formatCount('vi', 1500)).toBe('1.500');
    expect(formatCount('en', 1500)).toBe('1,500');
    expect(formatCount('vi', 30)).toBe('30');
  });
});
