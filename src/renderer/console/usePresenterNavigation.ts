/**
 * Which document the presenter shows and at which page, and how to turn it.
 * A turn shows here at once and goes to the hub; while turns are unanswered the
 * hub's echoes are older than the screen, so only a settled hub position (or a
 * turn made by someone else, such as the chair) moves this view.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentInfo, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useCommand } from './useCommand';

export interface PresenterNavigation {
  /** The document on screen: the one presented, else the one chosen here. */
  shownDocument: DocumentInfo | undefined;
  /** The page on screen, within the document. */
  page: number;
  /** The page this console last asked for, ahead of React's render, so fast clicks add up. */
  latestPage(): number;
  /** Presents a page of a document (clamped to it), optionally scrolled down by `offset`. */
  show(target: DocumentInfo, page: number, offset?: number): void;
}

export function usePresenterNavigation(connection: SessionConnection, state: SessionState, requestedDocumentId: string | null): PresenterNavigation {
  const { run } = useCommand(connection);
  const presentation = state.presentation;
  const [chosenId, setChosenId] = useState<string | null>(requestedDocumentId);
  const [localPage, setLocalPage] = useState(1);
  const pageRef = useRef(1);
  /** Turns sent and not yet answered. */
  const unanswered = useRef(0);

  const shownId = presentation?.documentId ?? chosenId;
  const shownDocument = state.documents.find((candidate) => candidate.id === shownId);

  const adoptHubPage = useCallback((page: number) => {
    pageRef.current = page;
    setLocalPage(page);
  }, []);

  // A page shown by someone else becomes this view's page too, once our own turns are answered.
  const hubDocumentId = presentation?.documentId;
  const hubPage = presentation?.page;
  useEffect(() => {
    if (hubDocumentId !== undefined && hubPage !== undefined && unanswered.current === 0) adoptHubPage(hubPage);
  }, [hubDocumentId, hubPage, adoptHubPage]);

  const show = useCallback(
    (target: DocumentInfo, page: number, offset = 0) => {
      const clamped = Math.min(Math.max(page, 1), target.pages);
      setChosenId(target.id);
      adoptHubPage(clamped);
      unanswered.current += 1;
      void run({ type: 'presentation.show', documentId: target.id, page: clamped, offset }).finally(() => {
        unanswered.current -= 1;
        const settled = connection.store.getState().state.presentation;
        if (unanswered.current === 0 && settled) adoptHubPage(settled.page);
      });
    },
    [run, connection, adoptHubPage],
  );

  // Asked from the agenda to present a document: start at its first page, once per request.
  const handledRequest = useRef<string | null>(null);
  const documents = state.documents;
  useEffect(() => {
    if (requestedDocumentId === handledRequest.current) return;
    handledRequest.current = requestedDocumentId;
    const requested = documents.find((candidate) => candidate.id === requestedDocumentId);
    if (requested && hubDocumentId !== requested.id) show(requested, 1);
  }, [requestedDocumentId, documents, hubDocumentId, show]);

  const latestPage = useCallback(() => pageRef.current, []);
  const page = shownDocument ? Math.min(localPage, shownDocument.pages) : 1;
  return { shownDocument, page, latestPage, show };
}
