/**
 * The delegate's iPad: the session's agenda and documents, the PDF reader,
 * and following the presenter. Documents are prefetched to the device, so
 * reading needs no network once the bar shows they are all downloaded.
 * A guest's iPad runs the same app without ballots (see deviceHolder.ts).
 */
import { useEffect, useRef, useState } from 'react';
import type { Presentation } from '../../shared/protocol';
import { forgetToken } from '../client/pairingToken';
import type { SessionConnection } from '../client/connectSession';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { ConnectionBadge } from '../ui/ConnectionBadge';
import { useT } from '../ui/language';
import { LanguageToggle } from '../ui/LanguageToggle';
import { PrefetchBar } from '../ui/PrefetchBar';
import { useSessionView } from '../ui/useSessionView';
import { AgendaHome } from './AgendaHome';
import { AttendanceConfirm } from './AttendanceConfirm';
import { forgetBallotsExcept } from './ballotMemory';
import { deviceHolderOf, reportsDocumentOpens, votingSeatOf } from './deviceHolder';
import { DeviceHolderBadge } from './DeviceHolderBadge';
import { DocumentReader } from './DocumentReader';
import { DelegateQuestions } from './questions/DelegateQuestions';
import { FloorBar } from './floor/FloorBar';
import { FollowBar } from './FollowBar';
import { HelpMenu } from './notices/HelpMenu';
import { NoticeBanner } from './notices/NoticeBanner';
import { ReaderNavSession } from './nav/ReaderNavSession';
import { shownPosition, useReader } from './readerStore';
import { ResultOverlay } from './ResultOverlay';
import { noteUnpublishedVotes, resultPopsUpHere } from './resultPopUpMemory';
import { shownDeviceVote } from './shownDeviceVote';
import { TextSizeMenu } from './textSize/TextSizeMenu';
import { UnpairedMessage } from './UnpairedMessage';
import { useScreenWakeLock } from './useScreenWakeLock';
import { VoteOverlay } from './VoteOverlay';

export function DelegateApp({ connection, library }: { connection: SessionConnection; library: DocumentLibrary }) {
  const t = useT();
  const status = useSessionView(connection.store, (view) => view.status);
  const revokedReason = useSessionView(connection.store, (view) => view.revokedReason);
  const state = useSessionView(connection.store, (view) => view.state);
  const me = useSessionView(connection.store, (view) => view.me);
  const holder = deviceHolderOf(me, state.guests);
  const reportsOpens = reportsDocumentOpens(holder);
  const reader = useReader();
  const presentation = state.presentation;
  const previousPresentation = useRef<Presentation | null>(null);
  const reportedOpen = useRef(new Set<string>());
  const synced = useSessionView(connection.store, (view) => view.synced);
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  const [foldedVotes, setFoldedVotes] = useState<Record<string, boolean>>({});
  const seenOpen = useRef(new Set<string>());

  const lostPairing = status === 'revoked' || status === 'unauthorized';
  useScreenWakeLock(state.session !== null && !lostPairing);
  useEffect(() => {
    if (lostPairing) forgetToken('delegate');
  }, [lostPairing]);

  // Only a new position from the presenter moves a follower (the store's action never changes).
  const presenterMoved = reader.presenterMoved;
  useEffect(() => {
    presenterMoved(presentation, previousPresentation.current);
    previousPresentation.current = presentation;
  }, [presentation, presenterMoved]);

  useEffect(() => {
    if (status === 'online') connection.sendFollow(reader.mode === 'follow');
  }, [connection, status, reader.mode]);

  const shown = shownPosition(reader, presentation);
  const shownDocument = shown ? state.documents.find((candidate) => candidate.id === shown.documentId) : undefined;
  const reading = reader.view === 'document' && shownDocument !== undefined && shown !== null;
  const readingMode = reading && reader.readingMode;

  useEffect(() => {
    // Per version: a replaced document's "opened by" figures start again with the new file.
    const opening = `${shownDocument?.id}@${shownDocument?.version}`;
    if (!reportsOpens || !reading || !shownDocument || reportedOpen.current.has(opening)) return;
    reportedOpen.current.add(opening);
    void connection.sendCommand({ type: 'document.open', documentId: shownDocument.id }).then((outcome) => {
      if (!outcome.ok) reportedOpen.current.delete(opening);
    });
  }, [connection, reportsOpens, reading, shownDocument]);

  // Once the state matches the hub, nothing is kept of a ballot whose vote is no longer open.
  useEffect(() => {
    if (synced) forgetBallotsExcept(new Set(state.votes.filter((vote) => vote.status === 'open').map((vote) => vote.id)));
  }, [synced, state.votes]);

  useEffect(() => {
    for (const vote of state.votes) if (vote.status === 'open') seenOpen.current.add(vote.id);
  }, [state.votes]);

  if (lostPairing) return <UnpairedMessage revoked={status === 'revoked'} guest={holder.kind === 'guest'} reason={revokedReason} />;

  const seat = votingSeatOf(holder);
  // An ended session stays readable, and asks nothing more of anyone.
  const sessionStatus = state.session?.status ?? null;
  const ended = sessionStatus === 'ended';
  noteUnpublishedVotes(state.votes);
  const shownVote = shownDeviceVote(state.votes, seat, (vote) => resultPopsUpHere(vote, hubClockOffsetMs));
  // A vote first seen already closed (after a reload) starts folded into its bar.
  const folded = shownVote ? (foldedVotes[shownVote.id] ?? (shownVote.status === 'closed' && !seenOpen.current.has(shownVote.id))) : false;
  const fold = (voteId: string) => (value: boolean) => setFoldedVotes((current) => ({ ...current, [voteId]: value }));

  return (
    <div className={readingMode ? 'delegate delegate-reading delegate-reading-mode' : reading ? 'delegate delegate-reading' : 'delegate'}>
      <header className="delegate-header">
        <div className="delegate-heading">
          <div className="delegate-council">{state.session?.council ?? ''}</div>
          <h1 className="delegate-title" data-testid="session-title">
            {state.session?.title ?? t('delegate.waiting')}
          </h1>
        </div>
        <div className="delegate-tools">
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
          <DeviceHolderBadge holder={holder} />
          {me && !ended && <HelpMenu connection={connection} />}
          <TextSizeMenu />
          <LanguageToggle />
        </div>
      </header>
      {status === 'offline' && state.session !== null && (
        <div className="delegate-stale" role="status">
          {t('connection.offline')}
        </div>
      )}
      {(ended || sessionStatus === 'preparing') && (
        <div className="delegate-session-status" role="status" data-testid="session-status">
          {t(ended ? 'delegate.sessionEnded' : 'delegate.sessionPreparing')}
        </div>
      )}
      <PrefetchBar library={library} />
      {shownVote && seat !== null && shownVote.status !== 'published' && (
        <VoteOverlay key={shownVote.id} connection={connection} vote={shownVote} seat={seat} folded={folded} onFold={fold(shownVote.id)} />
      )}
      <div className="delegate-bars">
        {!ended && <AttendanceConfirm connection={connection} state={state} />}
        {!ended && <FloorBar connection={connection} state={state} />}
        <FollowBar state={state} mode={reader.mode} shown={reading ? shown : null} onFollow={reader.follow} />
      </div>
      <main className={reading ? 'delegate-main delegate-main-reading' : 'delegate-main'}>
        {state.session === null ? (
          <p className="delegate-loading">{t('delegate.waiting')}</p>
        ) : reading && shownDocument && shown ? (
          <DocumentReader
            library={library}
            shownDocument={shownDocument}
            page={Math.min(shown.page, shownDocument.pages)}
            offset={shown.offset ?? 0}
            offsetKey={shown.following ? `follow:${shown.documentId}:${shown.page}:${shown.offset}` : `own:${shown.documentId}:${shown.page}`}
            zoom={reader.zoom}
            fit={reader.fit}
            readingMode={readingMode}
            onTurn={(page) => reader.turnTo({ documentId: shownDocument.id, page })}
            onZoom={reader.setZoom}
            onFit={reader.setFit}
            onReadingMode={reader.setReadingMode}
            onBack={reader.showAgenda}
          />
        ) : (
          <AgendaHome
            state={state}
            onOpen={(chosen) => reader.openDocument(chosen.id)}
            extra={me?.role === 'delegate' && me.seat !== null && !ended && <DelegateQuestions connection={connection} state={state} principalId={me.id} />}
          />
        )}
      </main>
      <NoticeBanner connection={connection} />
      <ReaderNavSession connection={connection} />
      {shownVote?.status === 'published' && <ResultOverlay key={shownVote.id} vote={shownVote} />}
    </div>
  );
}
