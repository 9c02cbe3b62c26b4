/** The delegate's iPad: session title, connection, the current item and the agenda. */
import { useEffect } from 'react';
import { forgetToken } from '../client/pairingToken';
import type { SessionConnection } from '../client/sessionStore';
import { AgendaList } from '../ui/AgendaList';
import { ConnectionBadge } from '../ui/ConnectionBadge';
import { CurrentItemCard } from '../ui/CurrentItemCard';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';
import { useSessionView } from '../ui/useSessionView';
import { UnpairedMessage } from './UnpairedMessage';

export function DelegateApp({ connection }: { connection: SessionConnection }) {
  const t = useT();
  const status = useSessionView(connection.store, (view) => view.status);
  const state = useSessionView(connection.store, (view) => view.state);
  const me = useSessionView(connection.store, (view) => view.me);

  const lostPairing = status === 'revoked' || status === 'unauthorized';
  useEffect(() => {
    if (lostPairing) forgetToken('delegate');
  }, [lostPairing]);

  if (lostPairing) return <UnpairedMessage revoked={status === 'revoked'} />;

  return (
    <div className="delegate">
      <header className="delegate-header">
        <div className="delegate-heading">
          <div className="delegate-council">{state.session?.council ?? ''}</div>
          <h1 className="delegate-title" data-testid="session-title">
            {state.session?.title ?? t('delegate.waiting')}
          </h1>
        </div>
        <div className="delegate-tools">
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
          {me?.seat != null && (
            <div className="delegate-seat" data-testid="delegate-seat">
              {t('delegate.seat', { seat: me.seat })}
              <span className="delegate-name">{me.name}</span>
            </div>
          )}
          <LanguageToggle />
        </div>
      </header>
      {status === 'offline' && state.session !== null && (
        <div className="delegate-stale" role="status">
          {t('connection.offline')}
        </div>
      )}
      <main className="delegate-main">
        {state.session === null ? (
          <p className="delegate-loading">{t('delegate.waiting')}</p>
        ) : (
          <>
            <CurrentItemCard state={state} />
            <section className="delegate-agenda">
              <h2>{t('agenda.title')}</h2>
              <AgendaList state={state} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
