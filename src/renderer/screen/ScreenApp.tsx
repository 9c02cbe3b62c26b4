/**
 * The projector page: session title and the current item, readable from the
 * back of the hall; while a document is presented, its page fills the screen.
 */
import { useRef } from 'react';
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PresentedPage } from './PresentedPage';
import { ScreenVote } from './ScreenVote';
import { shownVote } from '../../shared/core';
import { ConnectionBadge } from '../ui/ConnectionBadge';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { ScreenUnpaired } from './ScreenUnpaired';

export function ScreenApp({ connection, library }: { connection: SessionConnection; library: DocumentLibrary }) {
  const t = useT();
  const status = useSessionView(connection.store, (view) => view.status);
  const state = useSessionView(connection.store, (view) => view.state);
  // The item current when each result first appeared here: a result attached to no item leaves when that changes.
  const firstShownAt = useRef(new Map<string, string | null>());
  if (status === 'revoked' || status === 'unauthorized') return <ScreenUnpaired />;
  const index = state.agenda.findIndex((item) => item.id === state.currentItemId);
  const item = state.agenda[index];
  const presented = state.presentation ? state.documents.find((candidate) => candidate.id === state.presentation?.documentId) : undefined;
  const vote = shownVote(state, (voteId) => firstShownAt.current.get(voteId));
  if (vote && !firstShownAt.current.has(vote.id)) firstShownAt.current.set(vote.id, state.currentItemId);
  if (vote) {
    return (
      <div className="screen screen-fixed">
        <ScreenHeader state={state} />
        <ScreenVote vote={vote} />
        <footer className="screen-footer">
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
        </footer>
      </div>
    );
  }
  if (state.presentation && presented) {
    return (
      <div className="screen screen-presenting">
        <header className="screen-presenting-header">
          <span>{presented.title}</span>
          <span data-testid="screen-page">{t('viewer.page', { page: state.presentation.page, pages: presented.pages })}</span>
        </header>
        <PresentedPage library={library} shownDocument={presented} page={state.presentation.page} />
        <footer className="screen-footer">
          <ConnectionBadge status={status} onRetry={connection.retryNow} />
        </footer>
      </div>
    );
  }
  return (
    <div className="screen">
      <ScreenHeader state={state} />
      <main className="screen-main" aria-live="polite">
        {item ? (
          <>
            <div className="screen-kind">
              {t('agenda.itemNumber', { n: index + 1 })} · {t(`kind.${item.kind}`)}
            </div>
            <h2 className="screen-item" data-testid="current-item-title">
              {item.title}
            </h2>
            {item.presenter && <div className="screen-rapporteur">{t('agenda.rapporteur', { name: item.presenter })}</div>}
          </>
        ) : (
          <h2 className="screen-item screen-waiting" data-testid="current-item-title">
            {t('screen.waiting')}
          </h2>
        )}
      </main>
      <footer className="screen-footer">
        <ConnectionBadge status={status} onRetry={connection.retryNow} />
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
