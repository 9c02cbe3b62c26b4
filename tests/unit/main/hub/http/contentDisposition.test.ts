import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../../../../../src/main/hub/http/contentDisposition';

describe('attachmentDisposition', () => {
  it('gives a Vietnamese name in RFC 5987 form and an ASCII fallback without diacritics', () => {
    const header = attachmentDisposition('Biên bản phiên họp 2.pdf');
    expect(header).toBe(`attachment; filename="Bien ban phien hop 2.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản phiên họp 2.pdf')}`);
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('Biên bản phiên họp 2.pdf');
  });

  it('writes đ as d and escapes quotes and apostrophes in both forms', () => {
    const header = attachmentDisposition('Đại "biểu" l\'x.docx');
    expect(header).toContain('filename="Dai _bieu_ l_x.docx"');
    expect(header).toContain("%27x.docx");
    expect(header).not.toMatch(/filename\*=UTF-8''[^;]*['"]/);
  });
});
