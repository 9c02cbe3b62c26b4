/**
 * The import check itself, run inside the check worker: open the bytes with
 * the same pdf.js the iPads use (legacy build, the same version), read the page
 * count, and fetch every page, so a page tree that points nowhere or back into
 * itself is found here rather than on a delegate's iPad. Each page's content is
 * decoded too (its text is read, as the text index and the iPad's search do), so
 * a content stream that inflates to gigabytes meets the check's time and memory
 * limits here, not the text index's or an iPad's.
 */
import { getDocument, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfCheckAnswer } from './pdfCheckMessages';

export async function checkPdfWithPdfjs(bytes: Uint8Array, maxPages: number, onPageCount: (pages: number) => void = () => undefined): Promise<PdfCheckAnswer> {
  const task = getDocument({
    data: bytes,
    // No font is loaded and nothing is fetched: only the structure is read. (pdf.js 6 has no
    // `isEvalSupported` any more: it never compiles code from a file.)
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    // As on the iPads: pdf.js repairs what it can, and a file it repairs is a file the delegates can read.
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages = document.numPages;
    if (!Number.isInteger(pages) || pages < 1) return { ok: false, code: 'corrupt', message: 'The PDF has no pages' };
    if (pages > maxPages) {
      return { ok: false, code: 'too_many_pages', message: `The PDF claims ${pages} pages; at most ${maxPages} are accepted` };
    }
    onPageCount(pages);
    for (let number = 1; number <= pages; number += 1) {
      const page = await document.getPage(number);
      try {
        await page.getTextContent();
      } catch {
        // A page whose text cannot be read is shown like a scanned one; only the limits refuse it.
      } finally {
        page.cleanup();
      }
    }
    const { info } = await document.getMetadata();
    return { ok: true, pages, warnings: isXfaOnly(info) ? ['xfa_only'] : [] };
  } catch (error) {
    if (error instanceof PasswordException) return { ok: false, code: 'encrypted', message: 'The PDF needs a password to open' };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'corrupt', message: `The PDF cannot be read: ${message.slice(0, 200)}` };
  } finally {
    await task.destroy();
  }
}

/**
 * A dynamic XFA form: XFA is present and there are no AcroForm fields to fall
 * back on, so every reader but Adobe's (pdf.js on the iPads among them) shows
 * only its placeholder page. A static XFA form also carries XFA, but with real
 * pages and fields, which pdf.js shows: that one reads well and gets no warning.
 */
function isXfaOnly(info: object): boolean {
  const flags = info as { IsXFAPresent?: unknown; IsAcroFormPresent?: unknown };
  return flags.IsXFAPresent === true && flags.IsAcroFormPresent !== true;
}
