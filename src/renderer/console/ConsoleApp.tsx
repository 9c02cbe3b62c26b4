/** The secretary's (and chair's) console: the session's agenda, its delegates, and device pairing. */
import { useEffect, useState } from 'react';
import { forgetToken } from '../client/pairingToken';
import { countOnlineSeats } from '../../shared/core';
import type { SessionConnection } from '../client/connectSession';
import { ConnectionBadge } from '../ui/ConnectionBadge';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';
import { useSessionView } from '../ui/useSessionView';
import { AgendaPanel } from './AgendaPanel';
import { ConnectionLostBanner } from './ConnectionLostBanner';
import { consoleLink } from './connectionState';
import { ConsoleUnauthorized } from './ConsoleUnauthorized';
import { DelegatesPanel } from './DelegatesPanel';
import { FeedbackArea } from './FeedbackArea';
import { FloorPanel } from './floor/FloorPanel';
import { PairingPanel } from './PairingPanel';
import { PresenterPanel } from './PresenterPanel';
import { VotesPanel } from './VotesPanel';
import { RollFigure } from './roll/RollFigure';
import { RollPanel } from './roll/RollPanel';
import { ScreenPanel } from './screen/ScreenPanel';
import type { DocumentLibrary } from '../documents/documentLibrary';

type Tab = 'agenda' | 'present' | 'votes' | 'delegates' | 'pairing' | 'floor' | 'roll' | 'screen';

export function ConsoleApp({ connection, library }: { connection: SessionConnection; library: DocumentLibrary }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('agenda');
  const [requestedDocumentId, setRequestedDocumentId] = useState<string | null>(null);
  const present = (documentId: string) => {
    setRequestedDocumentId(documentId);
    setTab('present');
  };
  const status = useSessionView(connection.store, (view) => view.status);
  const state = useSessionView(connection.store, (view) => view.state);
  const me = useSessionView(connection.store, (view) => view.me);
  const online = useSessionView(connection.store, (view) => view.online);
  const synced = useSessionView(connection.store, (view) => view.synced);
  const [everSynced, setEverSynced] = useState(false);
  useEffect(() => {
    if (synced) setEverSynced(true);
  }, [synced]);
  const link = consoleLink(status, synced, everSynced);
  const lostAccess = status === 'revoked' || status === 'unauthorized';
  useEffect(() => {
    if (lostAccess) forgetToken('console');
  }, [lostAccess]);
  if (lostAccess) return <ConsoleUnauthorized />;

  const isSecretary = me?.role === 'secretary';
  const onlineDelegates = countOnlineSeats(state.seats, online);
  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'agenda', label: t('console.tab.agenda') },
    { id: 'present', label: t('console.tab.present') },
    { id: 'votes', label: t('vote.title') },
    { id: 'floor', label: t('floor.tab') },
    { id: 'delegates', label: t('console.tab.delegates') },
    { id: 'roll', label: t('roll.tab') },
    { id: 'screen', label: t('screen.tab') },
    ...(isSecretary ? [{ id: 'pairing' as const, label: t('console.tab.pairing') }] : []),
  ];

  return (
    <div className="console">
      <header className="console-header no-print">
        <div>
          <div className="console-council">{state.session?.council}</div>
          <h1 className="console-title" data-testid="session-title">
            {state.session?.title ?? t('connection.connecting')}
          </h1>
        </div>
        <div className="console-header-tools">
          <span className={link.live ? 'console-online' : 'console-online console-stale'} data-testid="console-online" title={link.live ? undefined : t('console.staleFigures')}>
            {t('console.delegatesOnline', { online: onlineDelegates, total: state.seats.length })}
          </span>
          <RollFigure state={state} />
          {me && <span className="console-role">{t(`role.${me.role}`)}</span>}
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
          <LanguageToggle />
        </div>
      </header>
      <div className="console-alerts no-print">{link.lost && <ConnectionLostBanner status={status} onRetry={connection.retryNow} />}</div>
      <nav className="console-tabs no-print" role="tablist">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            aria-selected={tab === entry.id}
            className={tab === entry.id ? 'console-tab console-tab-active' : 'console-tab'}
            onClick={() => setTab(entry.id)}
          >
            {entry.label}
          </button>
        ))}
      </nav>
      <main className="console-main">
        {/* Disabled as a whole while the hub is out of reach: no command can be sent, and what shows is the last known state. */}
        <fieldset className="console-commands" disabled={!link.live} data-testid="console-commands">
        {tab === 'agenda' && <AgendaPanel connection={connection} state={state} canEdit={isSecretary} onPresent={present} />}
        {tab === 'present' && <PresenterPanel connection={connection} library={library} state={state} requestedDocumentId={requestedDocumentId} />}
        {tab === 'votes' && me && <VotesPanel connection={connection} state={state} role={me.role} />}
        {tab === 'delegates' && <DelegatesPanel connection={connection} state={state} canPair={isSecretary} />}
        {tab === 'pairing' && isSecretary && <PairingPanel connection={connection} state={state} />}
        {tab === 'roll' && <RollPanel connection={connection} state={state} canMark={isSecretary} />}
        {tab === 'floor' && <FloorPanel connection={connection} state={state} canRun={me?.role === 'chair'} />}
        {tab === 'screen' && me && <ScreenPanel connection={connection} library={library} state={state} role={me.role} />}
        </fieldset>
      </main>
      <FeedbackArea />
    </div>
  );
}
