/**
 * Shrinks the text of a box until its content fits the box, so that a long
 * title or ten candidates never spill off the projector. Every size inside the
 * box is in `em`, so one font size scales the whole content.
 */
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

const MIN_FONT_PX = 10;

function fits(box: HTMLElement): boolean {
  return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
}

/** The largest font size (px) at which `box` shows all its content, found by halving the interval. */
function fit(box: HTMLElement, largest: number): void {
  box.style.fontSize = `${largest}px`;
  if (fits(box)) return;
  let low = MIN_FONT_PX;
  let high = largest;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    box.style.fontSize = `${middle}px`;
    if (fits(box)) low = middle;
    else high = middle;
  }
  box.style.fontSize = `${low}px`;
}

/**
 * Fits the content of `ref` whenever `contentKey` changes or the box is resized.
 * `largestFor(width)` gives the font size to start from for a viewport width; pass a stable function
 * (module-level or memoized), or every render refits.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, contentKey: string, largestFor: (viewportWidth: number) => number): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const refit = () => fit(box, largestFor(window.innerWidth));
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, contentKey, largestFor]);
}
