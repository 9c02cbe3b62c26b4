/**
 * Decides whether uploaded bytes are a PDF the delegates can open: a PDF by
 * its content (not its name), that the iPads' own pdf.js opens without a
 * password, with every page reachable. The pdf.js part runs in a worker thread
 * with time and memory limits (see pdfCheck/). A PDF that opens but will not
 * read well on the iPads (a dynamic XFA form) is accepted with a warning.
 */
import type { PdfProblem, Result, UploadWarning } from '../../../shared/protocol';
import { rejection } from '../../../shared/protocol';
import { pdfCheckPool } from './pdfCheck/pdfCheckPool';
import type { PdfCheckPool } from './pdfCheck/pdfCheckPool';

export type PdfInspection = Result<{ pages: number; warnings: UploadWarning[] }, PdfProblem>;

const HEADER = Buffer.from('%PDF-');

export async function inspectPdf(bytes: Uint8Array, pool: PdfCheckPool = pdfCheckPool): Promise<PdfInspection> {
  if (bytes.byteLength === 0) return rejection('empty', 'The file is empty');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The header may follow a little junk (some scanners write a preamble); readers accept it within 1 KiB.
  if (buffer.subarray(0, 1024).indexOf(HEADER) < 0) return rejection('not_pdf', 'The content is not a PDF');
  // Whatever follows %%EOF, and whether there is one at all, is left to pdf.js: what it opens, the iPads open.
  const outcome = await pool.check(bytes);
  if (!outcome.ok) return rejection(outcome.code, outcome.message);
  return { ok: true, pages: outcome.pages, warnings: outcome.warnings };
}
