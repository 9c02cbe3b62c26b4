import { describe, expect, it } from 'vitest';
import { readableText, speechChunks } from '../../../../src/renderer/pdf/pageText';

describe('the text "Đọc to" reads from a page', () => {
  it('joins the lines a page wrapped into one paragraph and keeps paragraphs apart', () => {
    const items = [
      { str: 'Điều 1. Phê duyệt dự toán', hasEOL: true },
      { str: 'ngân sách năm 2027.', hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'Điều 2.', hasEOL: false },
      { str: ' ', hasEOL: false },
      { str: 'Giao Ủy ban nhân dân tổ chức thực hiện.', hasEOL: false },
    ];
    expect(readableText(items)).toBe('Điều 1. Phê duyệt dự toán ngân sách năm 2027.\nĐiều 2. Giao Ủy ban nhân dân tổ chức thực hiện.');
  });

  it('skips marked-content items, which carry no text', () => {
    expect(readableText([{ str: 'Tờ trình' }, { type: 'beginMarkedContent' }, { str: ' số 12' }])).toBe('Tờ trình số 12');
  });

  it('gives decomposed Vietnamese (NFD) back composed, so "phiếu" is read as one word', () => {
    const text = readableText([{ str: 'phiếu bầu'.normalize('NFD') }]);
    expect(text).toBe('phiếu bầu'.normalize('NFC'));
    expect(text).toHaveLength(9);
  });

  it('gives an image-only page no text', () => {
    expect(readableText([])).toBe('');
  });

  it('cuts long text into pieces at sentence ends, then at spaces, none longer than the limit', () => {
    const sentence = 'Hội đồng nhân dân tỉnh quyết nghị thông qua kế hoạch đầu tư công trung hạn.';
    const chunks = speechChunks(`${sentence} ${'ngân sách '.repeat(40)}`, 80);
    expect(chunks[0]).toBe(sentence);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(80);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(`${sentence} ${'ngân sách '.repeat(40)}`.trim());
  });
});
