import { describe, expect, it } from 'vitest';
import { searchSnippet } from '../../../../src/shared/search';

describe('the snippet of a search hit', () => {
  it('shows the whole text around a match on a short page, line breaks collapsed', () => {
    const text = 'Dự toán\nngân sách năm 2026';
    const start = text.indexOf('ngân');
    expect(searchSnippet(text, { start, end: start + 'ngân sách'.length })).toEqual({ before: 'Dự toán ', match: 'ngân sách', after: ' năm 2026' });
  });

  it('cuts long context at a word boundary with an ellipsis on each side', () => {
    const words = Array.from({ length: 40 }, (_, index) => `từ${index}`);
    const text = `${words.join(' ')} ngân sách ${words.join(' ')}`;
    const start = text.indexOf('ngân');
    const snippet = searchSnippet(text, { start, end: start + 9 }, 20);
    expect(snippet.match).toBe('ngân sách');
    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.after.endsWith('…')).toBe(true);
    expect(snippet.before.length).toBeLessThanOrEqual(22);
    expect(snippet.after.length).toBeLessThanOrEqual(22);
    expect(snippet.before.slice(1)).toMatch(/^từ\d+/u);
  });
});
