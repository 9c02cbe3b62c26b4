import { describe, expect, it } from 'vitest';
import { itemSpans, matchesOnPage, pageTextOf } from '../../../../src/shared/search';

const items = [
  { str: 'Dự toán ', hasEOL: false },
  { str: 'ngân', hasEOL: true },
  { str: 'sách năm 2026', hasEOL: false },
];

describe('page text and hit positions', () => {
  it('joins the items in order with a line break after an item that ends a line', () => {
    expect(pageTextOf(items)).toBe('Dự toán ngân\nsách năm 2026');
  });

  it('maps a hit across a line break to the characters of each item it covers', () => {
    const text = pageTextOf(items);
    const [match] = matchesOnPage(text, 'ngan sach');
    expect(match).toBeDefined();
    if (!match) return;
    expect(itemSpans(items, match.start, match.end)).toEqual([
      { item: 1, from: 0, to: 4 },
      { item: 2, from: 0, to: 4 },
    ]);
  });

  it('maps a hit inside one item to its characters there', () => {
    const text = pageTextOf(items);
    const [match] = matchesOnPage(text, '2026');
    expect(match && itemSpans(items, match.start, match.end)).toEqual([{ item: 2, from: 9, to: 13 }]);
  });
});
