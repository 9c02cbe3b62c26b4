/**
 * One frame for every mode of the big screen: the council and session title on
 * top (left out for the page, blank and emblem modes), the mode's content, and
 * the connection badge in a corner. The frame is exactly the viewport: nothing
 * scrolls or spills off a projector.
 */
import type { ReactNode } from 'react';
import type { SessionState, ShownScreenMode } from '../../shared/protocol';
import type { ConnectionStatus } from '../client/hubClient';
import { ConnectionBadge } from '../ui/ConnectionBadge';

interface ScreenFrameProps {
  mode: ShownScreenMode;
  state: SessionState;
  status: ConnectionStatus;
  onRetry(): void;
  children: ReactNode;
}

const WITHOUT_HEADER: ReadonlySet<ShownScreenMode> = new Set(['page', 'blank', 'emblem']);

export function ScreenFrame({ mode, state, status, onRetry, children }: ScreenFrameProps) {
  return (
    <div className={`screen screen-mode-${mode}`} data-testid="screen" data-mode={mode}>
      {WITHOUT_HEADER.has(mode) ? <div /> : <ScreenHeader state={state} />}
      {children}
      <footer className={status === 'online' && mode === 'blank' ? 'screen-footer screen-footer-quiet' : 'screen-footer'}>
        <ConnectionBadge status={status} onRetry={onRetry} />
      </footer>
    </div>
  );
}

function ScreenHeader({ state }: { state: SessionState }) {
  return (
    <header className="screen-header">
      <div className="screen-council">{state.session?.council}</div>
      <h1 className="screen-title" data-testid="session-title">
        {state.session?.title}
      </h1>
    </header>
  );
}
