/** The passage selected in the text layer, as the text and the boxes a highlight keeps (fractions of the page). */
import type { HighlightRect } from './noteModel';

export interface SelectedPassage {
  quote: string;
  rects: HighlightRect[];
}

const MAX_RECTS = 300;

export function passageIn(layer: HTMLElement, selection: Selection | null): SelectedPassage | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!layer.contains(range.commonAncestorContainer)) return null;
  const quote = selection.toString().replace(/\s+/g, ' ').trim();
  if (quote === '') return null;
  const bounds = layer.getBoundingClientRect();
  if (bounds.width === 0 || bounds.height === 0) return null;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const rects: HighlightRect[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.width < 1 || rect.height < 1) continue;
    const x = clamp((rect.left - bounds.left) / bounds.width);
    const y = clamp((rect.top - bounds.top) / bounds.height);
    rects.push([x, y, clamp(rect.width / bounds.width), clamp(rect.height / bounds.height)]);
    if (rects.length === MAX_RECTS) break;
  }
  return rects.length === 0 ? null : { quote, rects };
}
