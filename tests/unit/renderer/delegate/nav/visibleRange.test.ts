import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../../../src/renderer/delegate/nav/visibleRange';

describe('the thumbnail rows drawn', () => {
  it('draws only the rows in view and a few either side of a 1,500-page list', () => {
    const { first, last } = visibleRange(200 * 700, 800, 200, 1500);
    expect(first).toBe(697);
    expect(last).toBe(707);
    expect(last - first + 1).toBeLessThan(20);
  });

  it('stays within the list at its start and end', () => {
    expect(visibleRange(0, 800, 200, 1500)).toEqual({ first: 0, last: 7 });
    expect(visibleRange(200 * 1500, 800, 200, 1500).last).toBe(1499);
    expect(visibleRange(0, 800, 200, 2)).toEqual({ first: 0, last: 1 });
  });

  it('draws nothing for an empty list', () => {
    expect(visibleRange(0, 800, 200, 0)).toEqual({ first: 0, last: -1 });
  });
});
