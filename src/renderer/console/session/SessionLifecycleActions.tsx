/** "Khai mạc kỳ họp" and "Bế mạc kỳ họp", each after a confirmation that says what follows. */
import type { Role, SessionInfo } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useFeedback } from '../feedback';
import { useCommand } from '../useCommand';

export function SessionLifecycleActions({ connection, session, role }: { connection: SessionConnection; session: SessionInfo; role: Role }) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const show = useFeedback((state) => state.show);
  const canOpen = session.status === 'preparing' && (role === 'secretary' || role === 'chair');
  const canEnd = session.status === 'open' && role === 'secretary';

  async function open() {
    if (!window.confirm(t('session.confirmOpen', { title: session.title }))) return;
    const outcome = await run({ type: 'session.open' });
    if (outcome.ok) show('ok', t('session.opened'));
  }
  async function end() {
    if (!window.confirm(t('session.confirmEnd', { title: session.title }))) return;
    const outcome = await run({ type: 'session.end' });
    if (outcome.ok) show('ok', t('session.ended'));
  }

  if (!canOpen && !canEnd) return null;
  return (
    <div className="session-lifecycle">
      {canOpen && (
        <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => void open()}>
          {t('session.open')}
        </button>
      )}
      {canEnd && (
        <button type="button" className="button button-danger button-large" disabled={busy} onClick={() => void end()}>
          {t('session.end')}
        </button>
      )}
    </div>
  );
}
