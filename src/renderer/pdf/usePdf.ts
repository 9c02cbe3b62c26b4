/**
 * Opens the document a view shows, through the library. The state it returns
 * is always about the document asked for in this render: while another
 * document's result is all it has (the render right after a switch), it says
 * loading, so no view ever gets the previous document under the new one's
 * title (issue 12).
 */
import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import type { LoadedPdf } from './loadedPdf';

export type PdfState = { status: 'loading' } | { status: 'ready'; pdf: LoadedPdf } | { status: 'failed' };

/** What an open settled as, with the hash it was asked for. */
export interface SettledOpen {
  sha256: string;
  outcome: { status: 'ready'; pdf: LoadedPdf } | { status: 'failed' };
}

const LOADING: PdfState = { status: 'loading' };

/** The state for the document wanted now: an outcome settled for any other hash counts as loading. */
export function pdfStateFor(wantedSha256: string | undefined, settled: SettledOpen | null): PdfState {
  if (wantedSha256 === undefined || settled === null || settled.sha256 !== wantedSha256) return LOADING;
  if (settled.outcome.status === 'ready' && settled.outcome.pdf.sha256 !== wantedSha256) return LOADING;
  return settled.outcome;
}

const RETRY_MS = 3000;

/** Opens a document through the library, retrying every few seconds while it fails (the hub may be out of reach). */
export function usePdf(library: DocumentLibrary, document: DocumentInfo | undefined): PdfState {
  const [settled, setSettled] = useState<SettledOpen | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sha256 = document?.sha256;
  useEffect(() => {
    if (!document || sha256 === undefined) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    library.open(document).then(
      (opened) => {
        if (live) setSettled({ sha256, outcome: { status: 'ready', pdf: opened.pdf } });
      },
      () => {
        if (!live) return;
        setSettled({ sha256, outcome: { status: 'failed' } });
        retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
    // Keyed by content: a renamed document needs no reload.
  }, [library, sha256, attempt]);
  return pdfStateFor(sha256, settled);
}
