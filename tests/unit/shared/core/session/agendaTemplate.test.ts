/** The usual order of a session's agenda, spread over its sittings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaTemplate } from '../../../../../src/shared/core';

describe('agendaTemplate', () => {
  it('a regular session: khai mạc, báo cáo, thẩm tra, thảo luận, chất vấn, biểu quyết, bế mạc', () => {
    const items = agendaTemplate('regular', ['s1']);
    expect(items.map((item) => item.title)).toEqual([
      'Khai mạc kỳ họp',
      'Báo cáo',
      'Thẩm tra',
      'Thảo luận',
      'Chất vấn và trả lời chất vấn',
      'Biểu quyết thông qua nghị quyết',
      'Bế mạc kỳ họp',
    ]);
    expect(items.map((item) => item.kind)).toEqual(['opening', 'report', 'review', 'discussion', 'questions', 'voting', 'closing']);
  });

  it('a special session: khai mạc, the topic, biểu quyết, bế mạc', () => {
    expect(agendaTemplate('special', ['s1']).map((item) => item.kind)).toEqual(['opening', 'report', 'voting', 'closing']);
  });

  it('over two sittings: the opening and the reports in the first, question time, the votes and the closing in the second', () => {
    expect(agendaTemplate('regular', ['s1', 's2']).map((item) => `${item.sitting}:${item.kind}`)).toEqual([
      's1:opening',
      's1:report',
      's1:review',
      's1:discussion',
      's2:questions',
      's2:voting',
      's2:closing',
    ]);
  });

  it('no sittings, no items', () => {
    expect(agendaTemplate('regular', [])).toEqual([]);
  });

  it('whatever the sittings, the opening is first in the first sitting, the closing last in the last, and sittings never go back', () => {
    fc.assert(
      fc.property(fc.constantFrom('regular' as const, 'special' as const), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (kind, keys) => {
        const items = agendaTemplate(kind, keys);
        expect(items[0]).toMatchObject({ kind: 'opening', sitting: keys[0] });
        expect(items.at(-1)).toMatchObject({ kind: 'closing', sitting: keys.at(-1) });
        const ranks = items.map((item) => keys.indexOf(item.sitting));
        expect(ranks.every((rank, index) => rank >= 0 && (index === 0 || rank >= (ranks[index - 1] ?? 0)))).toBe(true);
      }),
    );
  });
});
