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
