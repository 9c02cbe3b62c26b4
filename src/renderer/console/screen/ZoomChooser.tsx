/**
 * The zoom-region chooser on the presented page: drag a rectangle over the
 * page preview, or press a half or a quarter; "Bỏ phóng to" shows the whole
 * page again. The region on the big screen is outlined on the preview.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { DocumentInfo, Presentation, ZoomRegion } from '../../../shared/protocol';
import type { DocumentLibrary } from '../../documents/documentLibrary';
import { PdfPage } from '../../pdf/PdfPage';
import { usePdf } from '../../pdf/usePdf';
import { useT } from '../../ui/language';
import { pagePointAt, regionBetween, ZOOM_PRESET_NAMES, ZOOM_PRESETS } from './zoomPresets';
import type { PagePoint } from './zoomPresets';

interface ZoomChooserProps {
  library: DocumentLibrary;
  presented: DocumentInfo;
  presentation: Presentation;
  zoom: ZoomRegion | null;
  onZoom(region: ZoomRegion | null): void;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The rectangle a drag has drawn so far, whatever its size. */
function regionDrawn(start: PagePoint, end: PagePoint): ZoomRegion {
  return { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), width: Math.abs(end.x - start.x), height: Math.abs(end.y - start.y) };
}

export function ZoomChooser({ library, presented, presentation, zoom, onZoom }: ZoomChooserProps) {
  const t = useT();
  const pdf = usePdf(library, presented);
  const stage = useRef<HTMLDivElement>(null);
  const [pageBox, setPageBox] = useState<Box | null>(null);
  const [drag, setDrag] = useState<{ start: PagePoint; end: PagePoint } | null>(null);

  /** The page's place within the stage, re-read after each render and on resizes (the page is drawn asynchronously). */
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => {
      const page = element.querySelector<HTMLElement>('[data-testid="pdf-page"]');
      if (!page || page.clientWidth === 0) return;
      const outer = element.getBoundingClientRect();
      const inner = page.getBoundingClientRect();
      const box = { left: inner.left - outer.left, top: inner.top - outer.top, width: inner.width, height: inner.height };
      setPageBox((previous) => (previous && Object.entries(box).every(([key, value]) => Math.abs(previous[key as keyof Box] - value) < 0.5) ? previous : box));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const page = element.querySelector('[data-testid="pdf-page"]');
    if (page) observer.observe(page);
    return () => observer.disconnect();
  });

  const pointAt = (event: ReactPointerEvent): PagePoint | null => {
    const page = stage.current?.querySelector<HTMLElement>('[data-testid="pdf-page"]');
    return page ? pagePointAt(page.getBoundingClientRect(), event.clientX, event.clientY) : null;
  };
  const shownRegion = drag ? regionDrawn(drag.start, drag.end) : zoom;

  return (
    <section className="screen-panel-section" aria-labelledby="screen-zoom-title">
      <h3 id="screen-zoom-title">{t('screen.zoomTitle')}</h3>
      <p className="panel-hint">{t('screen.zoomHelp')}</p>
      <div className="screen-zoom-presets" role="group" aria-labelledby="screen-zoom-title">
        {ZOOM_PRESET_NAMES.map((name) => (
          <button key={name} type="button" className="button screen-zoom-preset" data-testid={`screen-zoom-${name}`} onClick={() => onZoom(ZOOM_PRESETS[name])}>
            {t(`screen.zoom.${name}`)}
          </button>
        ))}
        <button type="button" className="button button-primary" data-testid="screen-zoom-reset" disabled={zoom === null} onClick={() => onZoom(null)}>
          {t('screen.zoomReset')}
        </button>
      </div>
      <p className="panel-hint" data-testid="screen-zoom-state">
        {zoom ? t('screen.zoomed') : t('screen.notZoomed')}
      </p>
      <div
        ref={stage}
        className="screen-zoom-stage"
        data-testid="screen-zoom-stage"
        onPointerDown={(event) => {
          const start = pointAt(event);
          if (!start) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          setDrag({ start, end: start });
        }}
        onPointerMove={(event) => {
          if (!drag) return;
          const end = pointAt(event);
          if (end) setDrag({ ...drag, end });
        }}
        onPointerUp={(event) => {
          if (!drag) return;
          const end = pointAt(event) ?? drag.end;
          setDrag(null);
          const region = regionBetween(drag.start, end);
          if (region) onZoom(region);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {pdf.status === 'ready' ? (
          <PdfPage library={library} pdf={pdf.pdf} documentId={presented.id} page={presentation.page} fit="page" ahead={0} />
        ) : (
          <p role="status">{pdf.status === 'failed' ? t('viewer.loadFailed') : t('viewer.loading')}</p>
        )}
        {pageBox && shownRegion && (
          <div
            className={drag ? 'screen-zoom-region screen-zoom-region-drawing' : 'screen-zoom-region'}
            data-testid="screen-zoom-region"
            style={{
              left: pageBox.left + shownRegion.x * pageBox.width,
              top: pageBox.top + shownRegion.y * pageBox.height,
              width: shownRegion.width * pageBox.width,
              height: shownRegion.height * pageBox.height,
            }}
          />
        )}
      </div>
    </section>
  );
}
