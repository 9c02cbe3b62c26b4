/**
 * The presenter view: the document being shown, with previous/next/go to
 * page, the keyboard and USB clickers (arrows, PageUp/PageDown), thumbnails,
 * and how many delegates follow right now. Turns show here at once and go to
 * the hub, which passes the newest position to every iPad.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentInfo, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/sessionStore';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PageCache } from '../pdf/pageCache';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { countOnlineSeats } from './onlineSeats';
import { PageThumbnails } from './PageThumbnails';
import { useCommand } from './useCommand';

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
  const [chosenId, setChosenId] = useState<string | null>(requestedDocumentId);
  const [localPage, setLocalPage] = useState(1);
  /** The page this console last asked for, ahead of React's render, so fast clicks add up. */
  const pageRef = useRef(1);
  /** Turns sent and not yet answered: until they are, the hub's echoes are older than what is on screen. */
  const unanswered = useRef(0);
  const thumbnails = useMemo(() => new PageCache(80), []);

  const documentId = presentation?.documentId ?? chosenId;
  const document = state.documents.find((candidate) => candidate.id === documentId);
  const pdf = usePdf(library, document);

  const adoptHubPage = useCallback((page: number) => {
    pageRef.current = page;
    setLocalPage(page);
  }, []);

  // A page shown by someone else (the chair) becomes this view's page too, once our own turns are answered.
  const hubDocumentId = presentation?.documentId;
  const hubPage = presentation?.page;
  useEffect(() => {
    if (hubPage !== undefined && unanswered.current === 0) adoptHubPage(hubPage);
  }, [hubDocumentId, hubPage, adoptHubPage]);

  const show = useCallback(
    (target: DocumentInfo, page: number, offset = 0) => {
      const clamped = Math.min(Math.max(page, 1), target.pages);
      setChosenId(target.id);
      pageRef.current = clamped;
      setLocalPage(clamped);
      unanswered.current += 1;
      void run({ type: 'presentation.show', documentId: target.id, page: clamped, offset }).finally(() => {
        unanswered.current -= 1;
        const settled = connection.store.getState().state.presentation;
        if (unanswered.current === 0 && settled) adoptHubPage(settled.page);
      });
    },
    [run, connection, adoptHubPage],
  );

  // Asked from the agenda to present a document: start at its first page.
  useEffect(() => {
    const requested = state.documents.find((candidate) => candidate.id === requestedDocumentId);
    if (requested && presentation?.documentId !== requested.id) show(requested, 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request starts over; a later change of what is shown must not repeat it.
  }, [requestedDocumentId]);

  const page = document ? Math.min(localPage, document.pages) : 1;

  useEffect(() => {
    if (!document) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
      const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Backspace: -1 };
      if (event.key === 'Home') show(document, 1);
      else if (event.key === 'End') show(document, document.pages);
      else if (moves[event.key] !== undefined) show(document, pageRef.current + (moves[event.key] ?? 0));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [document, show]);

  const groups = state.agenda
    .map((item) => ({ item, documents: state.documents.filter((candidate) => candidate.itemId === item.id) }))
    .filter((group) => group.documents.length > 0)
    .sort((a, b) => Number(b.item.id === state.currentItemId) - Number(a.item.id === state.currentItemId));

  return (
    <div className="presenter">
      <div className="panel-toolbar">
        <h2>{presentation ? t('present.nowPresenting') : t('present.notPresenting')}</h2>
        <span className="panel-count" data-testid="presenter-followers">
          {t('present.followers', { count: following.length, total: countOnlineSeats(state, online) })}
        </span>
        {presentation && (
          <button type="button" className="button" onClick={() => void run({ type: 'presentation.stop' })}>
            {t('present.stop')}
          </button>
        )}
      </div>
      <label className="field presenter-choose">
        <span>{t('present.choose')}</span>
        <select
          value={document?.id ?? ''}
          data-testid="presenter-document"
          onChange={(event) => {
            const next = state.documents.find((candidate) => candidate.id === event.target.value);
            if (next) show(next, 1);
          }}
        >
          <option value="" disabled>
            {t('present.choose')}
          </option>
          {groups.map(({ item, documents }) => (
            <optgroup key={item.id} label={item.title}>
              {documents.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {document && (
        <>
          <div className="presenter-controls">
            <button type="button" className="button" onClick={() => show(document, 1)} disabled={page <= 1} aria-label={t('present.first')}>
              ⏮
            </button>
            <button type="button" className="button button-primary presenter-turn" onClick={() => show(document, page - 1)} disabled={page <= 1}>
              ‹ {t('viewer.previous')}
            </button>
            <label className="presenter-goto">
              <span>{t('present.goTo')}</span>
              <input
                type="number"
                min={1}
                max={document.pages}
                key={`${document.id}:${page}`}
                defaultValue={page}
                data-testid="presenter-goto"
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  const target = Number((event.target as HTMLInputElement).value);
                  if (Number.isInteger(target)) show(document, target);
                }}
              />
              <span>/ {document.pages}</span>
            </label>
            <button type="button" className="button button-primary presenter-turn" onClick={() => show(document, page + 1)} disabled={page >= document.pages}>
              {t('viewer.next')} ›
            </button>
            <button type="button" className="button" onClick={() => show(document, document.pages)} disabled={page >= document.pages} aria-label={t('present.last')}>
              ⏭
            </button>
            <span className="presenter-page" data-testid="presenter-page">
              {t('viewer.page', { page, pages: document.pages })}
            </span>
          </div>
          <p className="presenter-help">{t('present.keyboardHelp')}</p>
          {pdf.status === 'ready' ? (
            <div className="presenter-stage">
              <PageThumbnails cache={thumbnails} pdf={pdf.pdf} page={page} onChoose={(target) => show(document, target)} />
              <div className="presenter-page-view">
                <PdfPage
                  library={library}
                  pdf={pdf.pdf}
                  documentId={document.id}
                  page={page}
                  ahead={2}
                  offset={0}
                  offsetKey={`${document.id}:${page}`}
                  onScrollOffset={(offset) => {
                    if (Math.abs(offset - (presentation?.offset ?? 0)) > 0.01) show(document, page, offset);
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
