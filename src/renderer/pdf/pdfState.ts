/**
 * What a view is told about the document it asked for. The answer is always
 * about the document asked for in this render: while another document's
 * result is all there is (the render right after a switch), it says loading,
 * so no view ever gets the previous document under the new one's title
 * (issue 12).
 */
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
