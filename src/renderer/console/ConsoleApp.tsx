/** The secretary's (and chair's) console: the session's agenda, its delegates, and device pairing. */
import { useEffect, useState } from 'react';
import { forgetToken } from '../client/pairingToken';
import { countOnlineSeats, seatedCount } from '../../shared/core';
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
import { countOnlineGuests } from './onlineGuests';
import { PairingPanel } from './PairingPanel';
import { PresenterPanel } from './PresenterPanel';
import { QuestionsPanel } from './questions/QuestionsPanel';
import { ReadOnlyBanner } from './session/ReadOnlyBanner';
import { SessionInfoPanel } from './session/SessionInfoPanel';
import { SessionStatusBadge } from './session/SessionStatusBadge';
import { VotesPanel } from './VotesPanel';
import { HelpAlert } from './notices/HelpAlert';
import { NoticesPanel } from './notices/NoticesPanel';
import { RollFigure } from './roll/RollFigure';
import { RollPanel } from './roll/RollPanel';
import { ScreenPanel } from './screen/ScreenPanel';
import type { DocumentLibrary } from '../documents/documentLibrary';
// The record tab (Hồ sơ): the minutes and the record's checks.
import { RecordPanel } from './record/RecordPanel';

type Tab = 'session' | 'agenda' | 'present' | 'votes' | 'delegates' | 'pairing' | 'notices' | 'floor' | 'questions' | 'roll' | 'screen'
  // The record tab (Hồ sơ).
  | 'record';

interface ConsoleAppProps {
  connection: SessionConnection;
  library: DocumentLibrary;
  /** Leaves this session for the session list ("Danh sách kỳ họp"). */
  onShowSessions?(): void;
}

export function ConsoleApp({ connection, library, onShowSessions }: ConsoleAppProps) {
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
  // The record: the hub serves this session read-only.
  const readOnly = useSessionView(connection.store, (view) => view.readOnly);
  const [everSynced, setEverSynced] = useState(false);
  // A session still being prepared opens on its own tab, where the secretary sets it up.
  const sessionStatus = state.session?.status;
  const [firstTabChosen, setFirstTabChosen] = useState(false);
  useEffect(() => {
    if (firstTabChosen || !synced || sessionStatus === undefined) return;
    setFirstTabChosen(true);
    if (sessionStatus === 'preparing') setTab('session');
  }, [firstTabChosen, synced, sessionStatus]);
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
  // In the order of a sitting's work: set up, call the roll, present, give the floor, vote; then the hall's screen and people.
  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'session', label: t('session.tab') },
    { id: 'agenda', label: t('console.tab.agenda') },
    { id: 'roll', label: t('roll.tab') },
    { id: 'present', label: t('console.tab.present') },
    { id: 'floor', label: t('floor.tab') },
    { id: 'questions', label: t('question.tab') },
    { id: 'votes', label: t('vote.title') },
    { id: 'screen', label: t('screen.tab') },
    ...(isSecretary ? [{ id: 'notices' as const, label: t('notice.tab') }] : []),
    { id: 'delegates', label: t('console.tab.delegates') },
    ...(isSecretary ? [{ id: 'pairing' as const, label: t('console.tab.pairing') }] : []),
    // The record tab (Hồ sơ): the hub makes the minutes for the secretary's token.
    ...(isSecretary ? [{ id: 'record' as const, label: t('record.tab') }] : []),
  ];

  return (
    <div className="console">
      <header className="console-header no-print">
        <div>
          <div className="console-council">
            {state.session?.council}
            {state.session?.term ? ` · ${state.session.term}` : ''}
          </div>
          <h1 className="console-title" data-testid="session-title">
            {state.session?.title ?? t('connection.connecting')}
          </h1>
        </div>
        <div className="console-header-tools">
          {state.session && <SessionStatusBadge status={state.session.status} />}
          <span className={link.live ? 'console-online' : 'console-online console-stale'} data-testid="console-online" title={link.live ? undefined : t('console.staleFigures')}>
            {t('console.delegatesOnline', { online: onlineDelegates, total: seatedCount(state.seats) })}
          </span>
          <RollFigure state={state} />
          {state.guests.length > 0 && (
            <span className={link.live ? 'console-online' : 'console-online console-stale'} data-testid="console-guests-online">
              {t('guest.online', { online: countOnlineGuests(state.guests, online) })}
            </span>
          )}
          {isSecretary && state.session?.status !== 'ended' && <HelpAlert connection={connection} onOpen={() => setTab('notices')} />}
          {me && <span className="console-role">{t(`role.${me.role}`)}</span>}
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
          <LanguageToggle />
          {onShowSessions && (
            <button type="button" className="button console-sessions-link" onClick={onShowSessions}>
              {t('session.listLink')}
            </button>
          )}
        </div>
      </header>
      <div className="console-alerts no-print">
        {link.lost && <ConnectionLostBanner status={status} onRetry={connection.retryNow} />}
        {state.session?.status === 'ended' && <ReadOnlyBanner />}
        {/* The record: a session the hub serves read-only (a broken chain, a restored archive). */}
        {readOnly && state.session?.status !== 'ended' && <ReadOnlyBanner reason="record" />}
      </div>
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
        {tab === 'session' && me && <SessionInfoPanel connection={connection} state={state} role={me.role} />}
        {tab === 'agenda' && <AgendaPanel connection={connection} state={state} canEdit={isSecretary} onPresent={present} />}
        {tab === 'present' && <PresenterPanel connection={connection} library={library} state={state} requestedDocumentId={requestedDocumentId} />}
        {tab === 'votes' && me && <VotesPanel connection={connection} state={state} role={me.role} />}
        {tab === 'delegates' && <DelegatesPanel connection={connection} state={state} canPair={isSecretary} />}
        {tab === 'questions' && me && <QuestionsPanel connection={connection} state={state} role={me.role} />}
        {tab === 'pairing' && isSecretary && <PairingPanel connection={connection} state={state} />}
        {tab === 'notices' && isSecretary && <NoticesPanel connection={connection} state={state} />}
        {tab === 'roll' && <RollPanel connection={connection} state={state} canMark={isSecretary} />}
        {tab === 'floor' && <FloorPanel connection={connection} state={state} canRun={me?.role === 'chair'} />}
        {/* The record tab (Hồ sơ). */}
        {tab === 'record' && isSecretary && <RecordPanel connection={connection} state={state} />}
        {tab === 'screen' && me && <ScreenPanel connection={connection} library={library} state={state} role={me.role} />}
        </fieldset>
      </main>
      <FeedbackArea />
    </div>
  );
}
