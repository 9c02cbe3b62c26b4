/**
 * Decides whether uploaded bytes are a PDF the delegates can open: a PDF by
 * its content (not its name), complete, not password-protected, with pages.
 */
import { PDFDocument } from 'pdf-lib';
import type { PdfProblem, Result } from '../../../shared/protocol';
import { rejection } from '../../../shared/protocol';

export type PdfInspection = Result<{ pages: number }, PdfProblem>;

const HEADER = Buffer.from('%PDF-');
const END_MARKER = Buffer.from('%%EOF');

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  if (bytes.byteLength === 0) return rejection('empty', 'The file is empty');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The header may follow a little junk (some scanners write a preamble); readers accept it within 1 KiB.
  if (buffer.subarray(0, 1024).indexOf(HEADER) < 0) return rejection('not_pdf', 'The content is not a PDF');
  // A complete PDF ends with %%EOF (possibly followed by a little whitespace); a cut-off download does not.
  if (buffer.subarray(Math.max(0, buffer.byteLength - 2048)).indexOf(END_MARKER) < 0) {
    return rejection('corrupt', 'The PDF is incomplete (no end-of-file marker)');
  }
  let pages: number;
  try {
    const document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    // Walking the page tree finds a catalog or page tree that points nowhere.
    pages = document.getPages().length;
  } catch (error) {
    const name = error instanceof Error ? error.constructor.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'EncryptedPDFError' || /encrypted/i.test(message)) return rejection('encrypted', 'The PDF is password-protected');
    return rejection('corrupt', `The PDF cannot be read: ${message.slice(0, 200)}`);
  }
  if (pages < 1) return rejection('corrupt', 'The PDF has no pages');
  return { ok: true, pages };
}
