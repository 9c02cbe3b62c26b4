import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import type { PDFDocumentProxy } from './pdfjs';

export type PdfState = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'failed' };

/** Opens a document through the library, retrying every few seconds while it fails (the hub may be out of reach). */
export function usePdf(library: DocumentLibrary, document: DocumentInfo | undefined): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const sha256 = document?.sha256;
  useEffect(() => {
    if (!document) return;
    let live = true;
    setState({ status: 'loading' });
    library.open(document).then(
      (opened) => live && setState({ status: 'ready', pdf: opened.pdf }),
      () => {
        if (!live) return;
        setState({ status: 'failed' });
        setTimeout(() => live && setAttempt((n) => n + 1), 3000);
      },
    );
    return () => {
      live = false;
    };
    // Keyed by content: a renamed document needs no reload.
  }, [library, sha256, attempt]);
  return state;
}
