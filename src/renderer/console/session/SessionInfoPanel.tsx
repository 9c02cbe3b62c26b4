/** The "Kỳ họp" tab: the session's state, opening and ending it, and its details. */
import type { Role, SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { SessionInfoForm } from './SessionInfoForm';
import { SessionLifecycleActions } from './SessionLifecycleActions';
import { SessionStatusBadge } from './SessionStatusBadge';

/** Changes whenever the session's own details change, so the form starts again from them. */
function detailsVersion(state: SessionState): string {
  return JSON.stringify([state.session, state.sittings, state.settings, state.voteLabels]);
}

export function SessionInfoPanel({ connection, state, role }: { connection: SessionConnection; state: SessionState; role: Role }) {
  const t = useT();
  const session = state.session;
  if (!session) return null;
  const editable = session.status === 'preparing' && role === 'secretary';
  return (
    <div className="session-panel">
      <div className="panel-toolbar">
        <h2>{t('session.tab')}</h2>
        <span className="session-status-line" data-testid="session-status-line">
          {t('session.status')}
          <SessionStatusBadge status={session.status} />
        </span>
        <SessionLifecycleActions connection={connection} session={session} role={role} />
      </div>
      {session.status === 'preparing' && role === 'chair' && <p className="panel-hint">{t('session.chairCanOpen')}</p>}
      <SessionInfoForm key={detailsVersion(state)} connection={connection} state={state} editable={editable} />
    </div>
  );
}
