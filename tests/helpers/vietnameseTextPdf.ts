/** PDFs with real Vietnamese text (Liberation Serif embedded), a list of lines per page, for search tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

const FONT_FILE = join(import.meta.dirname, '..', '..', 'resources', 'fonts', 'LiberationSerif-Regular.ttf');

export async function makeVietnameseTextPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT_FILE), { subset: true });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, index) => page.drawText(line, { x: 60, y: 760 - index * 28, size: 16, font, color: rgb(0, 0, 0) }));
  }
  return pdf.save();
}

/** A PDF of images only (grey boxes for scanned pages): no text at all. */
export async function makeImageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let n = 0; n < pages; n += 1) pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 480, height: 720, color: rgb(0.55, 0.55, 0.55) });
  return pdf.save();
}
