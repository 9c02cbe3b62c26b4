/**
 * Drawing on the page with a finger or an Apple Pencil (pointer events). The
 * strokes of a page are one drawing note of that document version. While
 * drawing, the page does not swipe or scroll under the pen: the surface takes
 * every touch and stops it here. Once a pencil has touched, fingers no longer
 * draw (the palm resting on the glass).
 */
import { useEffect, useRef, useState } from 'react';
import { POINT_SCALE } from './noteModel';
import type { Stroke } from './noteModel';
import type { PenTool } from './notesSession';
import { eraseAt, pagePoint } from './strokeEditing';

/** Line width in thousandths of the page's width: finer for a pencil. */
const WIDTH = { pen: 3, touch: 5, mouse: 4 } as const;

interface DrawingSurfaceProps {
  strokes: readonly Stroke[];
  drawing: boolean;
  tool: PenTool;
  pageWidth: number;
  onChange(strokes: Stroke[]): void;
}

export function DrawingSurface({ strokes, drawing, tool, pageWidth, onChange }: DrawingSurfaceProps) {
  const surface = useRef<SVGSVGElement>(null);
  const [live, setLive] = useState<Stroke | null>(null);
  const latest = useRef({ strokes, tool, onChange });
  latest.current = { strokes, tool, onChange };

  useEffect(() => {
    const element = surface.current;
    if (!element || !drawing) return;
    let active: { pointerId: number; stroke: Stroke } | null = null;
    let erased: Stroke[] | null = null;
    let penSeen = false;
    const stop = (event: Event) => event.stopPropagation();
    const point = (event: PointerEvent) => pagePoint(event.clientX, event.clientY, element.getBoundingClientRect());

    const down = (event: PointerEvent) => {
      stop(event);
      event.preventDefault();
      if (event.pointerType === 'pen') penSeen = true;
      if (active || (penSeen && event.pointerType === 'touch')) return;
      element.setPointerCapture(event.pointerId);
      const [x, y] = point(event);
      if (latest.current.tool === 'eraser') {
        erased = eraseAt(latest.current.strokes, x, y);
        active = { pointerId: event.pointerId, stroke: { colour: 'black', width: 1, points: [] } };
        return;
      }
      const width = event.pointerType === 'pen' ? WIDTH.pen : event.pointerType === 'touch' ? WIDTH.touch : WIDTH.mouse;
      active = { pointerId: event.pointerId, stroke: { colour: latest.current.tool, width, points: [x, y] } };
      setLive(active.stroke);
    };
    const move = (event: PointerEvent) => {
      stop(event);
      if (!active || event.pointerId !== active.pointerId) return;
      event.preventDefault();
      const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      for (const each of events.length > 0 ? events : [event]) {
        const [x, y] = point(each);
        if (erased) erased = eraseAt(erased, x, y);
        else active.stroke = { ...active.stroke, points: [...active.stroke.points, x, y] };
      }
      if (!erased) setLive(active.stroke);
    };
    const up = (event: PointerEvent) => {
      stop(event);
      if (!active || event.pointerId !== active.pointerId) return;
      const finished = active.stroke;
      active = null;
      setLive(null);
      if (erased) {
        if (erased.length !== latest.current.strokes.length) latest.current.onChange(erased);
        erased = null;
        return;
      }
      // A tap leaves a dot: the same point twice.
      const points = finished.points.length === 2 ? [...finished.points, ...finished.points] : finished.points;
      latest.current.onChange([...latest.current.strokes, { ...finished, points }]);
    };
    const touch = (event: TouchEvent) => {
      stop(event);
      if (event.cancelable) event.preventDefault();
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('touchstart', touch, { passive: false });
    element.addEventListener('touchmove', touch, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('touchstart', touch);
      element.removeEventListener('touchmove', touch);
    };
  }, [drawing]);

  const shown = live ? [...strokes, live] : strokes;
  return (
    <svg
      ref={surface}
      className={drawing ? 'notes-drawing notes-drawing-active' : 'notes-drawing'}
      viewBox={`0 0 ${POINT_SCALE} ${POINT_SCALE}`}
      preserveAspectRatio="none"
      data-testid="notes-drawing"
      data-strokes={strokes.length}
      aria-hidden="true"
    >
      {shown.map((stroke, index) => (
        <polyline
          key={index}
          points={pairs(stroke.points)}
          fill="none"
          stroke={stroke.colour === 'black' ? '#1a1a1a' : stroke.colour === 'red' ? '#cc1a1a' : stroke.colour === 'blue' ? '#1a4dcc' : '#1a8c33'}
          strokeWidth={(stroke.width / 1000) * pageWidth}
          strokeLinecap="round"
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}

function pairs(points: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index + 1 < points.length; index += 2) parts.push(`${points[index]},${points[index + 1]}`);
  return parts.join(' ');
}
