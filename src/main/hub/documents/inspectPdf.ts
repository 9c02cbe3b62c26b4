/**
 * Decides whether uploaded bytes are a PDF the delegates can open: a PDF by
 * its content (not its name), complete, not password-protected, with pages.
 * A PDF that opens but will not read well on the iPads (a dynamic XFA form)
 * is accepted with a warning for the secretary.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { PdfProblem, Result, UploadWarning } from '../../../shared/protocol';
import { rejection } from '../../../shared/protocol';

export type PdfInspection = Result<{ pages: number; warnings: UploadWarning[] }, PdfProblem>;

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
  let warnings: UploadWarning[];
  try {
    const document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    // Walking the page tree finds a catalog or page tree that points nowhere.
    pages = document.getPages().length;
    warnings = isXfaOnly(document) ? ['xfa_only'] : [];
  } catch (error) {
    const name = error instanceof Error ? error.constructor.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'EncryptedPDFError' || /encrypted/i.test(message)) return rejection('encrypted', 'The PDF is password-protected');
    return rejection('corrupt', `The PDF cannot be read: ${message.slice(0, 200)}`);
  }
  if (pages < 1) return rejection('corrupt', 'The PDF has no pages');
  return { ok: true, pages, warnings };
}

/**
 * A dynamic XFA form: the catalog's AcroForm carries an XFA entry, and the
 * pages are only the placeholder that non-Adobe readers show (Adobe marks
 * such a file `NeedsRendering`, and it has no AcroForm fields to fall back
 * on). A static XFA form also carries XFA, but with real pages and fields,
 * which pdf.js shows: that one reads well and gets no warning.
 */
function isXfaOnly(document: PDFDocument): boolean {
  const acroForm = document.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (!acroForm?.has(PDFName.of('XFA'))) return false;
  const needsRendering = document.catalog.lookupMaybe(PDFName.of('NeedsRendering'), PDFBool);
  if (needsRendering?.asBoolean()) return true;
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray);
  return !fields || fields.size() === 0;
}
