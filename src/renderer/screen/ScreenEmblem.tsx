/**
 * A neutral emblem with the council's name, for the screen between sittings:
 * a gold star in a ring, drawn here, so no official emblem artwork is needed.
 */
import type { SessionState } from '../../shared/protocol';

/** The points of a five-pointed star centred on (cx, cy). */
function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  return Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

export function ScreenEmblem({ state }: { state: SessionState }) {
  return (
    <main className="screen-main screen-emblem" data-testid="screen-emblem">
      <svg className="screen-emblem-mark" viewBox="0 0 200 200" role="img" aria-label={state.session?.council ?? ''}>
        <circle cx="100" cy="100" r="94" fill="none" stroke="currentColor" strokeWidth="6" />
        <circle cx="100" cy="100" r="80" fill="none" stroke="currentColor" strokeWidth="2" />
        {Array.from({ length: 24 }, (_, index) => (
          <line key={index} x1="100" y1="30" x2="100" y2="38" stroke="currentColor" strokeWidth="3" transform={`rotate(${index * 15} 100 100)`} />
        ))}
        <polygon points={starPoints(100, 104, 52, 21)} fill="currentColor" />
      </svg>
      <div className="screen-emblem-council" data-testid="screen-emblem-council">
        {state.session?.council}
      </div>
      <div className="screen-emblem-title">{state.session?.title}</div>
    </main>
  );
}
