/**
 * Where a search hit is on a page: the boxes, in the page's CSS pixels at
 * scale 1, of the characters a hit covers in each pdf.js text item. An item's
 * characters are taken as evenly wide, which is close enough to mark a word.
 */
import type { ItemSpan } from '../../../shared/search';

/** What of a pdf.js text item the boxes are computed from. */
export interface PositionedTextItem {
  str: string;
  /** The item's text matrix [a, b, c, d, e, f] in PDF space. */
  transform: readonly number[];
  /** The item's advance along its direction, in PDF units. */
  width: number;
  height: number;
}

export interface HitBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Below the baseline and above it, as shares of the font size: room for descenders and accents. */
const DESCENT = 0.25;
const ASCENT = 1.0;

/** The boxes of `spans` on the page, through the viewport's transform (PDF space → CSS pixels). */
export function hitBoxes(items: readonly PositionedTextItem[], spans: readonly ItemSpan[], viewportTransform: readonly number[]): HitBox[] {
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = viewportTransform;
  const toView = (x: number, y: number): [number, number] => [va * x + vc * y + ve, vb * x + vd * y + vf];
  const boxes: HitBox[] = [];
  for (const span of spans) {
    const item = items[span.item];
    if (!item || item.str.length === 0) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const scaleX = Math.hypot(a, b) || 1;
    const fontSize = Math.hypot(c, d) || item.height || 1;
    const along: [number, number] = [a / scaleX, b / scaleX];
    const up: [number, number] = [c / fontSize, d / fontSize];
    const start = (item.width * span.from) / item.str.length;
    const end = (item.width * span.to) / item.str.length;
    const corners = [
      [start, -DESCENT * fontSize],
      [end, -DESCENT * fontSize],
      [start, ASCENT * fontSize],
      [end, ASCENT * fontSize],
    ].map(([s = 0, u = 0]) => toView(e + along[0] * s + up[0] * u, f + along[1] * s + up[1] * u));
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    boxes.push({ left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top });
  }
  return boxes;
}
