/** The region of the presented page the presenter chose, filling the screen's page area, drawn sharp at its size. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ZoomRegion } from '../../shared/protocol';
import type { LoadedPdf } from '../pdf/loadedPdf';
import { clampPage } from '../pdf/loadedPdf';
import { isCancellation } from '../pdf/renderPage';
import { renderRegion } from './renderRegion';

export function ZoomedPage({ pdf, documentId, page, region }: { pdf: LoadedPdf; documentId: string; page: number; region: ZoomRegion }) {
  const box = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const shownPage = clampPage(pdf, page);
  const { x, y, width, height } = region;
  useEffect(() => {
    if (size.width < 50 || size.height < 50) return;
    let live = true;
    const render = renderRegion(pdf, shownPage, { x, y, width, height }, size.width, size.height, window.devicePixelRatio || 1);
    render.promise.then(
      (rendered) => {
        const element = holder.current;
        if (!live || !element) return;
        rendered.canvas.style.width = `${rendered.cssWidth}px`;
        rendered.canvas.style.height = `${rendered.cssHeight}px`;
        element.replaceChildren(rendered.canvas);
        element.dataset.region = [x, y, width, height].join(',');
        element.dataset.renderedPage = String(shownPage);
      },
      (error: unknown) => {
        if (live && !isCancellation(error)) console.error(error);
      },
    );
    return () => {
      live = false;
      render.cancel();
    };
  }, [pdf, shownPage, x, y, width, height, size.width, size.height]);

  return (
    <div ref={box} className="screen-zoom" data-testid="screen-zoom">
      <div ref={holder} className="screen-zoom-canvas" data-testid="screen-zoom-canvas" data-document-id={documentId} />
    </div>
  );
}
