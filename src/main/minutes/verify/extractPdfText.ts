/**
 * The words of a PDF file with pdf.js (the legacy build, which runs in Node):
 * each page's text content in the order it was drawn, a line feed where pdf.js
 * sees a line end. The page numbers in the top margin (pages 2 onwards) are
 * the layout's, not the record's, and are left out.
 */
import '../../../renderer/pdf/polyfills';
import { MARGIN_MM, mmToPoints } from '../render/pageLayout';
import { UnreadableMinutesFile } from './extractDocxText';

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js is an ES module: a dynamic import keeps it loadable from the CommonJS bundle of the CLI.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let text = '';
  try {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , , top] = page.view;
      const bodyTop = (top ?? 0) - mmToPoints(MARGIN_MM.top);
      const content = await page.getTextContent();
      for (const item of content.items as TextItemLike[]) {
        const y = item.transform?.[5] ?? 0;
        if (number > 1 && y > bodyTop) continue;
        text += (item.str ?? '') + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
    }
  } catch (error) {
    throw new UnreadableMinutesFile(`The PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await task.destroy();
  }
  return text;
}
