/** PDFs made on the spot for tests: good ones of any length, and each kind of bad file. */
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

export async function makePdf(pages: number, label = 'Test'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`${label} page ${n}`, { x: 60, y: 760, size: 28, font });
  }
  return pdf.save();
}

/** A PDF whose trailer names a standard security handler: readers ask for a password. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const encrypt = pdf.context.obj({
    Filter: PDFName.of('Standard'),
    V: 1,
    R: 2,
    O: pdf.context.obj([]),
    U: pdf.context.obj([]),
    P: -44,
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  return pdf.save();
}

/** The first bytes of a PNG image: not a PDF, whatever the file is called. */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

/** A PDF header and end marker around garbage. */
export const CORRUPT_PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a cross-reference table\ntrailer << /Root 1 0 R >>\n%%EOF\n');
