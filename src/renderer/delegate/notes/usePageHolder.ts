/**
 * Finds the reader's rendered page (the element PdfPage marks with
 * `data-testid="pdf-page"`) next to an anchor, and follows its box: the notes
 * layer is placed inside the page's scroller, over the page, so it scrolls and
 * zooms with it. PdfPage mounts a new page view for each document, so the
 * search runs again whenever the reader's content changes.
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface PageBox {
  holder: HTMLElement;
  /** Where the layer goes: the page's own scroller. */
  scroller: HTMLElement;
  top: number;
  left: number;
  width: number;
  height: number;
  /** The page shown, as PdfPage names it once its canvas is there. */
  renderedPage: number | null;
}

export function usePageHolder(anchor: RefObject<HTMLElement | null>): PageBox | null {
  const [box, setBox] = useState<PageBox | null>(null);
  useEffect(() => {
    const container = anchor.current?.parentElement;
    if (!container) return;
    let holder: HTMLElement | null = null;
    let resize: ResizeObserver | null = null;
    const measure = () => {
      if (!holder?.parentElement) return setBox(null);
      const rendered = Number(holder.dataset.renderedPage);
      const next: PageBox = {
        holder,
        scroller: holder.parentElement,
        top: holder.offsetTop,
        left: holder.offsetLeft,
        width: holder.offsetWidth,
        height: holder.offsetHeight,
        renderedPage: Number.isInteger(rendered) && rendered > 0 ? rendered : null,
      };
      // The layer's own changes (text spans, strokes) come through here too: only a moved page re-renders.
      setBox((current) => (current && samePlace(current, next) ? current : next));
    };
    const find = () => {
      const found = container.querySelector<HTMLElement>('[data-testid="pdf-page"]');
      if (found !== holder) {
        resize?.disconnect();
        holder = found;
        if (holder) {
          resize = new ResizeObserver(measure);
          resize.observe(holder);
          if (holder.parentElement) resize.observe(holder.parentElement);
        }
      }
      measure();
    };
    const watch = new MutationObserver(find);
    watch.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-rendered-page', 'style'] });
    find();
    return () => {
      watch.disconnect();
      resize?.disconnect();
    };
  }, [anchor]);
  return box;
}

function samePlace(a: PageBox, b: PageBox): boolean {
  return (
    a.holder === b.holder &&
    a.scroller === b.scroller &&
    a.top === b.top &&
    a.left === b.left &&
    a.width === b.width &&
    a.height === b.height &&
    a.renderedPage === b.renderedPage
  );
}
