import type { ConnectionStatus } from '../client/hubClient';
import { useT } from '../ui/language';

/** A wide banner under the header while the hub cannot be reached: the console must not look normal then. */
export function ConnectionLostBanner({ status, onRetry }: { status: ConnectionStatus; onRetry(): void }) {
  const t = useT();
  return (
    <div className="console-connection-lost" role="alert" data-testid="connection-lost">
      <strong>{t('console.connectionLost')}</strong>
      <span>{t('console.connectionLostDetail')}</span>
      {status === 'offline' && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('connection.retryNow')}
        </button>
      )}
    </div>
  );
}
