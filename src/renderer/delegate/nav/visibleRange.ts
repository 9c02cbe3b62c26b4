/** The rows of a long list worth drawing: those in view and a few either side (a 1,500-page list draws a dozen). */
export function visibleRange(scrollTop: number, viewHeight: number, rowHeight: number, count: number, overscan = 3): { first: number; last: number } {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + Math.max(viewHeight, rowHeight)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
