/** The preset regions of the zoom chooser: halves and quarters of the page, and the region a drag marks out. */
import { MIN_ZOOM_SIDE } from '../../../shared/protocol';
import type { ZoomRegion } from '../../../shared/protocol';

export const ZOOM_PRESETS = {
  top: { x: 0, y: 0, width: 1, height: 0.5 },
  bottom: { x: 0, y: 0.5, width: 1, height: 0.5 },
  left: { x: 0, y: 0, width: 0.5, height: 1 },
  right: { x: 0.5, y: 0, width: 0.5, height: 1 },
  topLeft: { x: 0, y: 0, width: 0.5, height: 0.5 },
  topRight: { x: 0.5, y: 0, width: 0.5, height: 0.5 },
  bottomLeft: { x: 0, y: 0.5, width: 0.5, height: 0.5 },
  bottomRight: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 },
} as const satisfies Record<string, ZoomRegion>;
export type ZoomPreset = keyof typeof ZOOM_PRESETS;
export const ZOOM_PRESET_NAMES = Object.keys(ZOOM_PRESETS) as ZoomPreset[];

export interface PagePoint {
  /** Shares of the page's width and height, 0…1. */
  x: number;
  y: number;
}

const clampShare = (value: number) => Math.min(1, Math.max(0, value));
/** Shares rounded to 1/10000, so a region travels as short numbers. */
const rounded = (value: number) => Math.round(value * 10_000) / 10_000;

/** The point of the page under a pointer at (clientX, clientY), for a page drawn in `pageRect`; outside the page, its nearest edge. */
export function pagePointAt(pageRect: { left: number; top: number; width: number; height: number }, clientX: number, clientY: number): PagePoint {
  return { x: clampShare((clientX - pageRect.left) / pageRect.width), y: clampShare((clientY - pageRect.top) / pageRect.height) };
}

/** The region between two corners a drag marked out, or null when it is too small to zoom to (a click, a slip). */
export function regionBetween(start: PagePoint, end: PagePoint): ZoomRegion | null {
  const x = rounded(Math.min(start.x, end.x));
  const y = rounded(Math.min(start.y, end.y));
  const width = rounded(Math.min(1 - x, Math.abs(end.x - start.x)));
  const height = rounded(Math.min(1 - y, Math.abs(end.y - start.y)));
  if (width < MIN_ZOOM_SIDE || height < MIN_ZOOM_SIDE) return null;
  return { x, y, width, height };
}
