/** What the import check's worker thread is sent and answers. */
import type { PdfProblem, UploadWarning } from '../../../../shared/protocol';

/** The bytes of one document, transferred (not copied) to the worker. */
export interface PdfCheckRequest {
  bytes: ArrayBuffer;
  maxPages: number;
}

/** The worker's one answer: the page count and warnings, or why pdf.js could not open the file. */
export type PdfCheckAnswer =
  | { ok: true; pages: number; warnings: UploadWarning[] }
  | { ok: false; code: PdfProblem; message: string };

/**
 * Sent before the pages are read, once the page count is known: the pool then
 * gives the check its time for that many pages (`timeoutMsPerPage`).
 */
export interface PdfCheckPageCount {
  kind: 'page_count';
  pages: number;
}

/** Any message the worker sends: at most one page count, then the one answer. */
export type PdfCheckWorkerMessage = PdfCheckPageCount | PdfCheckAnswer;
