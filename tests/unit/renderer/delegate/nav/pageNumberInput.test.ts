import { describe, expect, it } from 'vitest';
import { parsePageNumber } from '../../../../../src/renderer/delegate/nav/pageNumberInput';

describe('the page number typed into "Đến trang"', () => {
  it('takes a page the document has, spaces around it allowed', () => {
    expect(parsePageNumber('12', 24)).toEqual({ ok: true, page: 12 });
    expect(parsePageNumber(' 1 ', 24)).toEqual({ ok: true, page: 1 });
    expect(parsePageNumber('24', 24)).toEqual({ ok: true, page: 24 });
  });

  it('refuses 0, a page past the end, and anything but a whole number', () => {
    for (const typed of ['0', '25', '', '-3', '2.5', '1e2', 'abc', '３']) expect(parsePageNumber(typed, 24), typed).toEqual({ ok: false });
  });
});
