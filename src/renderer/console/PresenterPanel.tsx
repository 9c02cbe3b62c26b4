/**
 * The presenter view: the document being shown, with previous/next/go to
 * page, the keyboard and USB clickers (arrows, PageUp/PageDown), thumbnails,
 * and how many delegates follow right now. Turns show here at once and go to
 * the hub, which passes the newest position to every iPad.
 */
import { useMemo } from 'react';
import { countOnlineSeats } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PageCache } from '../pdf/pageCache';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { PageThumbnails } from './PageThumbnails';
import { PageTurnControls } from './PageTurnControls';
import { PresenterDocumentPicker } from './PresenterDocumentPicker';
import { useCommand } from './useCommand';
import { usePageTurnKeys } from './usePageTurnKeys';
import { usePresenterNavigation } from './usePresenterNavigation';

interface PresenterPanelProps {
  connection: SessionConnection;
  library: DocumentLibrary;
  state: SessionState;
  /** A document the secretary asked to present from the agenda. */
  requestedDocumentId: string | null;
}

export function PresenterPanel({ connection, library, state, requestedDocumentId }: PresenterPanelProps) {
  const t = useT();
  const { run } = useCommand(connection);
  const following = useSessionView(connection.store, (view) => view.following);
  const online = useSessionView(connection.store, (view) => view.online);
  const presentation = state.presentation;
  const thumbnails = useMemo(() => new PageCache(80), []);
  const navigation = usePresenterNavigation(connection, state, requestedDocumentId);
  const { shownDocument, page, show } = navigation;
  const pdf = usePdf(library, shownDocument);
  usePageTurnKeys(shownDocument, navigation);

  return (
    <div className="presenter">
      <div className="panel-toolbar">
        <h2>{presentation ? t('present.nowPresenting') : t('present.notPresenting')}</h2>
        <span className="panel-count" data-testid="presenter-followers">
          {/* Guests follow too, but the figure is the delegates'. */}
          {t('present.followers', { count: countOnlineSeats(state.seats, following), total: countOnlineSeats(state.seats, online) })}
        </span>
        {presentation && (
          <button type="button" className="button" onClick={() => void run({ type: 'presentation.stop' })}>
            {t('present.stop')}
          </button>
        )}
      </div>
      <PresenterDocumentPicker state={state} shownDocument={shownDocument} onChoose={(chosen) => show(chosen, 1)} />
      {shownDocument && (
        <>
          <PageTurnControls shownDocument={shownDocument} page={page} onShow={(target) => show(shownDocument, target)} />
          <p className="presenter-help">{t('present.keyboardHelp')}</p>
          {pdf.status === 'ready' ? (
            <div className="presenter-stage">
              <PageThumbnails cache={thumbnails} pdf={pdf.pdf} page={page} onChoose={(target) => show(shownDocument, target)} />
              <div className="presenter-page-view">
                <PdfPage
                  library={library}
                  pdf={pdf.pdf}
                  documentId={shownDocument.id}
                  page={page}
                  ahead={2}
                  offset={0}
                  offsetKey={`${shownDocument.id}:${page}`}
                  onScrollOffset={(offset) => {
                    if (Math.abs(offset - (presentation?.offset ?? 0)) > 0.01) show(shownDocument, page, offset);
                  }}
                />
              </div>
            </div>
          ) : (
            <p role="status">{pdf.status === 'failed' ? t('viewer.loadFailed') : t('viewer.loading')}</p>
          )}
        </>
      )}
    </div>
  );
}
