import { describe, expect, it } from 'vitest';
import { countMatches, hasNoText, searchDocument } from '../../../../src/shared/search';

describe('searching a document', () => {
  it('lists hits by page with the index of each match on its page', () => {
    const hits = searchDocument({ documentId: 'd1', pages: ['Không có gì', 'Ngân sách và ngân sách', '', 'NGÂN SÁCH'] }, 'ngan sach');
    expect(hits.map((hit) => [hit.page, hit.index, hit.snippet.match])).toEqual([
      [2, 0, 'Ngân sách'],
      [2, 1, 'ngân sách'],
      [4, 0, 'NGÂN SÁCH'],
    ]);
    expect(hits.every((hit) => hit.documentId === 'd1')).toBe(true);
  });

  it('stops at the limit of hits', () => {
    expect(searchDocument({ documentId: 'd', pages: Array.from({ length: 10 }, () => 'a a a') }, 'a', 7)).toHaveLength(7);
  });

  it('counts every hit of a document past the limit on listed hits, matching as the search does', () => {
    const pages = Array.from({ length: 300 }, (_, index) => (index % 2 === 0 ? 'Ngân sách và NGÂN SÁCH' : 'ngan sach'));
    expect(countMatches({ documentId: 'd', pages }, 'ngan sach')).toBe(450);
    // Typed with its marks, the query matches only the text that has them, as the listed hits do.
    expect(countMatches({ documentId: 'd', pages }, 'ngân sách')).toBe(searchDocument({ documentId: 'd', pages }, 'ngân sách', 1000).length);
    expect(searchDocument({ documentId: 'd', pages }, 'ngan sach', 200)).toHaveLength(200);
    expect(countMatches({ documentId: 'd', pages }, '  ')).toBe(0);
  });

  it('tells an image-only document, whose pages are all empty, from one with text', () => {
    expect(hasNoText(['', ' ', ''])).toBe(true);
    expect(hasNoText(['', 'chữ'])).toBe(false);
  });
});
