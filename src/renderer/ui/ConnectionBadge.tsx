import type { ConnectionStatus } from '../client/hubClient';
import { useT } from './language';

interface ConnectionBadgeProps {
  status: ConnectionStatus;
  onRetry(): void;
}

/** Always visible: green when connected, amber while connecting, red with a retry button when the link is down. */
export function ConnectionBadge({ status, onRetry }: ConnectionBadgeProps) {
  const t = useT();
  const tone = status === 'online' ? 'ok' : status === 'connecting' ? 'pending' : 'down';
  const label = status === 'online' ? t('connection.online') : status === 'connecting' ? t('connection.connecting') : t('connection.offline');
  return (
    <div className={`connection connection-${tone}`} role="status" aria-live="polite" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
      {status === 'offline' && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('connection.retryNow')}
        </button>
      )}
    </div>
  );
}
