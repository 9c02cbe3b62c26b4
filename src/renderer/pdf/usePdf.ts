/**
 * Opens the document a view shows, through the library. The state it returns
 * is always about the document asked for in this render (see pdfState.ts).
 */
import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { pdfStateFor } from './pdfState';
import type { PdfState, SettledOpen } from './pdfState';

export type { PdfState };

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
    // Keyed by content: a renamed document (a new object with the same sha256) needs no reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `document` is read for its bytes, which `sha256` names.
  }, [library, sha256, attempt]);
  return pdfStateFor(sha256, settled);
}
