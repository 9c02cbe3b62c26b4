/** Pure helpers for strokes: a point in page units, and the strokes an eraser at a point leaves. */
import { POINT_SCALE } from './noteModel';
import type { Stroke } from './noteModel';

/** How near the eraser must pass, in ten-thousandths of the page. */
export const ERASER_RADIUS = 200;

export function pagePoint(clientX: number, clientY: number, bounds: Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>): [number, number] {
  const scale = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * POINT_SCALE);
  return [scale((clientX - bounds.left) / bounds.width), scale((clientY - bounds.top) / bounds.height)];
}

/** The strokes that do not pass within the eraser's radius of the point. */
export function eraseAt(strokes: readonly Stroke[], x: number, y: number, radius = ERASER_RADIUS): Stroke[] {
  return strokes.filter((stroke) => {
    for (let index = 0; index + 1 < stroke.points.length; index += 2) {
      const dx = (stroke.points[index] ?? 0) - x;
      const dy = (stroke.points[index + 1] ?? 0) - y;
      if (dx * dx + dy * dy <= radius * radius) return false;
    }
    return true;
  });
}
