/**
 * The console's big-screen tab: what the hall's screen shows (a mode, or
 * following the session), how long a published result stays, and the zoom of
 * the presented page. The secretary runs the screen; the chair, who may also
 * present, can zoom.
 */
import { nextAutoChangeAt, shownScreenMode } from '../../../shared/core';
import type { Role, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import type { DocumentLibrary } from '../../documents/documentLibrary';
import { useT } from '../../ui/language';
import { useHubNow } from '../../ui/useHubNow';
import { useSessionView } from '../../ui/useSessionView';
import { useCommand } from '../useCommand';
import { ResultHoldForm } from './ResultHoldForm';
import { ScreenModePicker } from './ScreenModePicker';
import { ZoomChooser } from './ZoomChooser';
import './screenPanel.css';

interface ScreenPanelProps {
  connection: SessionConnection;
  library: DocumentLibrary;
  state: SessionState;
  role: Role;
}

const AUTO_CHECK_EVERY_MS = 1000;

export function ScreenPanel({ connection, library, state, role }: ScreenPanelProps) {
  const t = useT();
  const { run } = useCommand(connection);
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  const hubNow = useHubNow(hubClockOffsetMs, nextAutoChangeAt(state) !== null, AUTO_CHECK_EVERY_MS);
  const isSecretary = role === 'secretary';
  const presented = state.presentation ? state.documents.find((document) => document.id === state.presentation?.documentId) : undefined;
  return (
    <div className="screen-panel" data-testid="screen-panel">
      <div className="panel-toolbar">
        <h2>{t('screen.tab')}</h2>
      </div>
      <ScreenModePicker mode={state.screen.mode} shown={shownScreenMode(state, hubNow)} canChoose={isSecretary} onChoose={(mode) => void run({ type: 'screen.setMode', mode })} />
      <ResultHoldForm seconds={state.screen.resultHoldSeconds} canChange={isSecretary} onSave={(seconds) => void run({ type: 'screen.setResultHold', seconds })} />
      {state.presentation && presented ? (
        <ZoomChooser
          library={library}
          presented={presented}
          presentation={state.presentation}
          zoom={state.screen.zoom}
          onZoom={(region) => void run({ type: 'presentation.zoom', region })}
        />
      ) : (
        <p className="panel-hint" data-testid="screen-not-presenting">
          {t('screen.notPresenting')}
        </p>
      )}
    </div>
  );
}
