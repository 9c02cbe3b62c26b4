import { describe, expect, it } from 'vitest';
import { containsFolded, findMatches, foldQuery, foldText } from '../../../../src/shared/search';

const PHRASE = 'Dự toán ngân sách địa phương';
const NFC = PHRASE.normalize('NFC');
const NFD = PHRASE.normalize('NFD');

function matchedText(text: string, query: string): string[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  return findMatches(foldText(text), folded).map((match) => text.slice(match.start, match.end));
}

describe('Vietnamese search folding', () => {
  it('finds "ngan sach" without diacritics in NFC text', () => {
    expect(NFC).not.toBe(NFD);
    expect(matchedText(NFC, 'ngan sach')).toEqual(['ngân sách']);
  });

  it('finds "ngan sach" in NFD text and returns the NFD passage whole, marks included', () => {
    expect(matchedText(NFD, 'ngan sach')).toEqual(['ngân sách'.normalize('NFD')]);
  });

  it('matches an NFC query in NFD text and an NFD query in NFC text', () => {
    expect(containsFolded(NFD, 'ngân sách'.normalize('NFC'))).toBe(true);
    expect(containsFolded(NFC, 'ngân sách'.normalize('NFD'))).toBe(true);
  });

  it('folds đ and Đ to d, and a typed đ finds only đ', () => {
    expect(matchedText(NFC, 'dia phuong')).toEqual(['địa phương']);
    expect(matchedText('ĐỊA PHƯƠNG', 'dia')).toEqual(['ĐỊA']);
    expect(containsFolded('dia phuong', 'địa')).toBe(false);
    expect(containsFolded('Đại biểu', 'đại')).toBe(true);
  });

  it('ignores upper and lower case on both sides', () => {
    expect(matchedText('NGÂN SÁCH NHÀ NƯỚC', 'Ngân sách')).toEqual(['NGÂN SÁCH']);
    expect(matchedText('ngân sách', 'NGAN SACH')).toEqual(['ngân sách']);
  });

  it('matches a query that spans a line break or several spaces in the text', () => {
    const text = 'Phê duyệt dự toán ngân\nsách năm 2026';
    expect(matchedText(text, 'ngan sach nam')).toEqual(['ngân\nsách năm']);
    expect(matchedText('ngân  \n  sách', 'ngân sách')).toEqual(['ngân  \n  sách']);
  });

  it('a query with diacritics matches exactly those diacritics', () => {
    expect(containsFolded('bàn bạc', 'bán')).toBe(false);
    expect(containsFolded('bán hàng', 'bán')).toBe(true);
    expect(matchedText('ban bàn bán bạn', 'bàn')).toEqual(['bàn']);
    // Only the letters typed with accents must agree; the others may carry any.
    expect(matchedText('ngân sách', 'ngân sach')).toEqual(['ngân sách']);
    expect(containsFolded('ngấn sách', 'ngân')).toBe(false);
  });

  it('finds every match on a page, in order, and none for an empty query', () => {
    expect(matchedText('Thu ngân sách, chi ngân sách', 'ngan sach')).toEqual(['ngân sách', 'ngân sách']);
    expect(foldQuery('   ')).toBeNull();
    expect(matchedText('anything', '')).toEqual([]);
  });
});
