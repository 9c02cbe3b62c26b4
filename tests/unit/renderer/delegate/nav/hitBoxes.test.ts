import { describe, expect, it } from 'vitest';
import { hitBoxes } from '../../../../../src/renderer/delegate/nav/hitBoxes';

// A4 at scale 1: pdf.js's viewport flips y (PDF origin bottom left, CSS top left).
const A4_VIEWPORT = [1, 0, 0, -1, 0, 842];

describe('the boxes of a search hit on the page', () => {
  it('covers the hit characters of a horizontal item, from a little below the baseline to the top of the letters', () => {
    const item = { str: 'ngân sách', transform: [12, 0, 0, 12, 100, 700], width: 90, height: 12 };
    const [box] = hitBoxes([item], [{ item: 0, from: 5, to: 9 }], A4_VIEWPORT);
    expect(box).toBeDefined();
    if (!box) return;
    expect(box.left).toBeCloseTo(150);
    expect(box.width).toBeCloseTo(40);
    expect(box.top).toBeCloseTo(842 - 712);
    expect(box.height).toBeCloseTo(12 * 1.25);
  });

  it('gives one box per item a hit spans, scaled by the viewport', () => {
    const items = [
      { str: 'ngân', transform: [10, 0, 0, 10, 50, 500], width: 40, height: 10 },
      { str: 'sách', transform: [10, 0, 0, 10, 50, 480], width: 40, height: 10 },
    ];
    const boxes = hitBoxes(items, [{ item: 0, from: 0, to: 4 }, { item: 1, from: 0, to: 4 }], [2, 0, 0, -2, 0, 1684]);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]?.left).toBeCloseTo(100);
    expect(boxes[0]?.width).toBeCloseTo(80);
    expect((boxes[1]?.top ?? 0) - (boxes[0]?.top ?? 0)).toBeCloseTo(40);
  });

  it('skips spans of empty or missing items', () => {
    expect(hitBoxes([{ str: '', transform: [1, 0, 0, 1, 0, 0], width: 0, height: 0 }], [{ item: 0, from: 0, to: 1 }, { item: 3, from: 0, to: 1 }], A4_VIEWPORT)).toEqual([]);
  });
});
