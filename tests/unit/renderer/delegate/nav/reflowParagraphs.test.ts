import { describe, expect, it } from 'vitest';
import { reflowParagraphs } from '../../../../../src/renderer/delegate/nav/reflowParagraphs';

describe('a page reflowed into paragraphs', () => {
  it('runs the lines of a sentence together and breaks after a full stop or a short heading line', () => {
    const page = 'TỜ TRÌNH\nVề dự toán thu ngân sách nhà nước trên địa bàn, thu, chi\nngân sách địa phương năm 2027 của thành phố Hòa An.\nI. CĂN CỨ\n';
    expect(reflowParagraphs(page)).toEqual([
      'TỜ TRÌNH',
      'Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027 của thành phố Hòa An.',
      'I. CĂN CỨ',
    ]);
  });

  it('has no paragraphs for a page without text', () => {
    expect(reflowParagraphs('')).toEqual([]);
    expect(reflowParagraphs(' \n \n')).toEqual([]);
  });
});
