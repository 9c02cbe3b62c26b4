/**
 * Turning pages by hand on the reader's page: a horizontal swipe of one
 * finger (or the mouse) turns, a tap on the left or right edge turns, and
 * nothing else does. Pointer events carry every kind of input; for a touch
 * to reach `pointerup` rather than `pointercancel`, the browser must not take
 * the horizontal gesture itself, so the page's scroller has `touch-action:
 * pan-y pinch-zoom` while it fits the width (reader.css) (issue 12: `pan-x pan-y` let the
 * browser take every swipe). Once the page is zoomed, by the reader's zoom
 * or by a pinch of the whole page, the browser gets horizontal panning back
 * and a swipe pans the page instead of turning it.
 */
import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, for a swipe. */
export const SWIPE_DISTANCE = 60;
/** The share of the page's width on each side where a tap turns. */
const EDGE_SHARE = 0.18;
/** Movement under this many CSS pixels is a tap. */
const TAP_SLOP = 10;

interface Gesture {
  pointerId: number;
  x: number;
  y: number;
  /** A second finger came down during the gesture: a pinch, never a swipe or a tap. */
  pinched: boolean;
}

/** True while the visual viewport is pinched in (a scale above 1). */
function pinchZoomed(): boolean {
  return (window.visualViewport?.scale ?? 1) > 1.01;
}

/** Whether the whole page is pinched in, kept up to date as the visual viewport changes. */
export function usePinchZoomed(): boolean {
  const [zoomed, setZoomed] = useState(pinchZoomed);
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const update = () => setZoomed(pinchZoomed());
    viewport.addEventListener('resize', update);
    return () => viewport.removeEventListener('resize', update);
  }, []);
  return zoomed;
}

export type SwipeDirection = 'previous' | 'next';

/** The gesture handlers for the reader's page, and whether the page is zoomed (so a swipe pans). */
export function useSwipeTurn(zoom: number, onTurn: (direction: SwipeDirection) => void) {
  const gesture = useRef<Gesture | null>(null);
  const fingersDown = useRef(new Set<number>());
  const pinched = usePinchZoomed();
  const zoomed = zoom !== 1 || pinched;

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    fingersDown.current.add(event.pointerId);
    if (fingersDown.current.size > 1) {
      if (gesture.current) gesture.current.pinched = true;
      return;
    }
    gesture.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, pinched: false };
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    fingersDown.current.delete(event.pointerId);
    const start = gesture.current;
    if (!start || start.pointerId !== event.pointerId) return;
    gesture.current = null;
    if (start.pinched) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) {
      // A zoomed page pans under the finger; only a page that fits turns.
      if (!zoomed && !pinchZoomed()) onTurn(dx < 0 ? 'next' : 'previous');
      return;
    }
    if (Math.abs(dx) < TAP_SLOP && Math.abs(dy) < TAP_SLOP) {
      const bounds = event.currentTarget.getBoundingClientRect();
      const x = (event.clientX - bounds.left) / bounds.width;
      if (x < EDGE_SHARE) onTurn('previous');
      else if (x > 1 - EDGE_SHARE) onTurn('next');
    }
  };

  const onPointerCancel = (event: PointerEvent<HTMLElement>) => {
    fingersDown.current.delete(event.pointerId);
    if (gesture.current?.pointerId === event.pointerId) gesture.current = null;
  };

  // The page's stylesheet sets the touch-action from `zoomed` (reader.css).
  return { zoomed, handlers: { onPointerDown, onPointerUp, onPointerCancel } };
}
