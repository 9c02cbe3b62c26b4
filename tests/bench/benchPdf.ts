/** A long text document for the benchmarks: realistic pages, each numbered. */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function makeTextPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const line = 'The council reviewed the report on the economic and social situation and the budget estimate for the coming year.';
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Page ${n}`, { x: 60, y: 780, size: 24, font });
    for (let row = 0; row < 42; row += 1) page.drawText(line, { x: 60, y: 740 - row * 16, size: 10.5, font });
  }
  return pdf.save();
}
