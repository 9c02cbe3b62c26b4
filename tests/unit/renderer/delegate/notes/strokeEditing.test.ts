import { describe, expect, it } from 'vitest';
import { eraseAt, pagePoint } from '../../../../../src/renderer/delegate/notes/strokeEditing';
import type { Stroke } from '../../../../../src/renderer/delegate/notes/noteModel';

const stroke = (points: number[]): Stroke => ({ colour: 'red', width: 3, points });

describe('strokes', () => {
  it('stores a point as ten-thousandths of the page, clamped to the page', () => {
    const bounds = { left: 100, top: 50, width: 800, height: 1000 };
    expect(pagePoint(500, 550, bounds)).toEqual([5000, 5000]);
    expect(pagePoint(0, 2000, bounds)).toEqual([0, 10000]);
  });

  it('erases the strokes the eraser passes near, and keeps the others', () => {
    const near = stroke([1000, 1000, 2000, 2000]);
    const far = stroke([8000, 8000, 9000, 9000]);
    expect(eraseAt([near, far], 2050, 2050)).toEqual([far]);
    expect(eraseAt([near, far], 5000, 5000)).toEqual([near, far]);
  });
});
