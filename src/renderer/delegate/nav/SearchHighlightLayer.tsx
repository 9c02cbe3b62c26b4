/**
 * Marks the search hit a delegate tapped on its page: the hit's boxes, from
 * the page's pdf.js text items (the same items the hub's text index was made
 * from), laid over the rendered page and moving with it as it scrolls.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { itemSpans, matchesOnPage, pageTextOf } from '../../../shared/search';
import type { LoadedPdf } from '../../pdf/loadedPdf';
import { hitBoxes } from './hitBoxes';
import type { HitBox, PositionedTextItem } from './hitBoxes';
import { useReaderNav } from './readerNavStore';

interface SearchHighlightLayerProps {
  pdf: LoadedPdf | null;
  document: DocumentInfo;
  page: number;
}

/** The hit's boxes at the page's scale 1, and the page's width at that scale. */
interface PageHit {
  key: string;
  boxes: HitBox[];
  pageWidth: number;
}

export function SearchHighlightLayer({ pdf, document, page }: SearchHighlightLayerProps) {
  const highlight = useReaderNav((state) => state.highlight);
  const layer = useRef<HTMLDivElement>(null);
  const [hit, setHit] = useState<PageHit | null>(null);
  const [place, setPlace] = useState<{ left: number; top: number; scale: number } | null>(null);
  const wanted = highlight && pdf && highlight.documentId === document.id && highlight.page === page ? highlight : null;
  const key = wanted && pdf ? `${pdf.sha256}:${wanted.page}:${wanted.index}:${wanted.query}` : null;

  useEffect(() => {
    if (!wanted || !pdf || key === null) return;
    let live = true;
    void (async () => {
      const proxy = await pdf.proxy.getPage(wanted.page);
      const content = await proxy.getTextContent();
      const items = content.items.filter((item): item is typeof item & PositionedTextItem & { hasEOL: boolean } => 'str' in item);
      const matches = matchesOnPage(pageTextOf(items), wanted.query);
      const match = matches[wanted.index] ?? matches[0];
      const viewport = proxy.getViewport({ scale: 1 });
      if (live) setHit({ key, boxes: match ? hitBoxes(items, itemSpans(items, match.start, match.end), viewport.transform) : [], pageWidth: viewport.width });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pdf, wanted, key]);

  // The rendered page moves (scrolling, zoom, a new render): the boxes follow it.
  useLayoutEffect(() => {
    const element = layer.current;
    const body = element?.parentElement;
    if (!element || !body || key === null) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const holder = body.querySelector<HTMLElement>('[data-testid="pdf-page"]');
        if (!holder || holder.dataset.renderedPage !== String(page) || !hit) {
          setPlace(null);
          return;
        }
        const bodyBox = body.getBoundingClientRect();
        const pageBox = holder.getBoundingClientRect();
        setPlace({ left: pageBox.left - bodyBox.left, top: pageBox.top - bodyBox.top, scale: pageBox.width / hit.pageWidth });
      });
    };
    measure();
    body.addEventListener('scroll', measure, { capture: true, passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(body);
    // The page holder's size and rendered page; the layer's own boxes moving is no reason to measure again.
    const changes = new MutationObserver((records) => {
      if (records.some((record) => !element.contains(record.target))) measure();
    });
    changes.observe(body, { subtree: true, attributes: true, attributeFilter: ['style', 'data-rendered-page'] });
    return () => {
      cancelAnimationFrame(frame);
      body.removeEventListener('scroll', measure, { capture: true });
      resize.disconnect();
      changes.disconnect();
    };
  }, [key, hit, page]);

  const boxes = hit && hit.key === key && place ? hit.boxes : [];
  return (
    <div ref={layer} className="nav-highlight-layer" aria-hidden="true">
      {place &&
        boxes.map((box, index) => (
          <div
            key={index}
            className="nav-highlight"
            data-testid="search-highlight"
            style={{
              left: place.left + box.left * place.scale,
              top: place.top + box.top * place.scale,
              width: box.width * place.scale,
              height: box.height * place.scale,
            }}
          />
        ))}
    </div>
  );
}
