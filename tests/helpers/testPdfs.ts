/** PDFs made on the spot for tests: good ones of any length, and each kind of bad file. */
import { PDFBool, PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib';

export async function makePdf(pages: number, label = 'Test'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`${label} page ${n}`, { x: 60, y: 760, size: 28, font });
  }
  return pdf.save();
}

const XFA_TEMPLATE = '<?xml version="1.0" encoding="UTF-8"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1" layout="tb"><pageSet><pageArea name="Page1"/></pageSet><field name="delegate"/></subform></template></xdp:xdp>';
const XFA_PLACEHOLDER = [
  'Please wait...',
  'If this message is not eventually replaced by the proper contents of the document, your PDF',
  'viewer may not be able to display this type of document.',
  'You can upgrade to the latest version of Adobe Reader.',
];

/** A PDF with an XFA form in its AcroForm; `dynamic` makes it XFA only, as Adobe LiveCycle saves such forms. */
async function makeXfaPdf(dynamic: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([612, 792]);
  const lines = dynamic ? XFA_PLACEHOLDER : ['Phieu dang ky phat bieu', 'Dai bieu: ....................'];
  lines.forEach((line, index) => page.drawText(line, { x: 40, y: 740 - index * 18, size: 11, font }));
  const xfa = pdf.context.stream(XFA_TEMPLATE);
  const fields = dynamic ? [] : [pdf.context.register(pdf.context.obj({ FT: PDFName.of('Tx'), T: 'delegate', Rect: [40, 680, 300, 700], P: page.ref }))];
  const acroForm = pdf.context.obj({ Fields: pdf.context.obj(fields), XFA: pdf.context.register(xfa) });
  pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.register(acroForm));
  if (dynamic) pdf.catalog.set(PDFName.of('NeedsRendering'), PDFBool.True);
  return pdf.save();
}

/** A dynamic XFA form: its content is only XFA, and every reader but Adobe's shows the "Please wait…" page. */
export function makeXfaOnlyPdf(): Promise<Uint8Array> {
  return makeXfaPdf(true);
}

/** A static XFA form: XFA beside ordinary pages and AcroForm fields, which every reader shows. */
export function makeStaticXfaPdf(): Promise<Uint8Array> {
  return makeXfaPdf(false);
}

/** The first bytes of a PNG image: not a PDF, whatever the file is called. */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

/** A PDF header and end marker around garbage. */
export const CORRUPT_PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a cross-reference table\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Distinct colours, one per page, so a test can tell from a canvas pixel which page is drawn. */
export const PAGE_COLOURS: ReadonlyArray<readonly [number, number, number]> = [
  [230, 25, 75], [60, 180, 75], [255, 225, 25], [0, 130, 200], [245, 130, 48], [145, 30, 180],
  [70, 240, 240], [240, 50, 230], [210, 245, 60], [250, 190, 212], [0, 128, 128], [170, 110, 40],
];

export function pageColour(page: number): readonly [number, number, number] {
  const colour = PAGE_COLOURS[(page - 1) % PAGE_COLOURS.length];
  if (!colour) throw new Error(`No colour for page ${page}`);
  return colour;
}

/** A PDF whose every page is filled with its own colour (see pageColour). */
export async function makeColourPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([595, 842]);
    const [r, g, b] = pageColour(n);
    page.drawRectangle({ x: 0, y: 0, width: 595, height: 842, color: rgb(r / 255, g / 255, b / 255) });
    page.drawText(String(n), { x: 40, y: 760, size: 48, font, color: rgb(0, 0, 0) });
  }
  return pdf.save();
}

/** Page sizes councils really print on, in PDF points (width × height). */
export const PAGE_SIZES = {
  a4Portrait: [595, 842],
  a4Landscape: [842, 595],
  a3Portrait: [842, 1191],
  letterPortrait: [612, 792],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * A PDF whose pages differ from every other test document's pages: each page
 * is filled with its page colour (see pageColour), crossed by a dark band whose
 * height says which document it is (`mark`, 0–9), with one white square per page
 * number. Shapes only, no text, so pdf.js needs no fonts and paints the same
 * pixels in every render at the same size.
 */
export async function makeMarkedPdf(size: readonly [number, number], pages: number, mark: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [width, height] = size;
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([width, height]);
    const [r, g, b] = pageColour(n);
    page.drawRectangle({ x: 0, y: 0, width, height, color: rgb(r / 255, g / 255, b / 255) });
    page.drawRectangle({ x: 0, y: height * 0.7, width, height: 12 + mark * 14, color: rgb(0.1, 0.1, 0.15) });
    for (let square = 0; square < n; square += 1) {
      page.drawRectangle({ x: 30 + square * 46, y: 40, width: 34, height: 34, color: rgb(1, 1, 1) });
    }
  }
  return pdf.save();
}

/** A document whose pages take the given sizes in turn (e.g. A4 portrait, then A4 landscape), marked as makeMarkedPdf marks them. */
export async function makeMixedSizePdf(sizes: ReadonlyArray<readonly [number, number]>, pages: number, mark: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let n = 1; n <= pages; n += 1) {
    const size = sizes[(n - 1) % sizes.length];
    if (!size) throw new Error('no page sizes');
    const [width, height] = size;
    const page = pdf.addPage([width, height]);
    const [r, g, b] = pageColour(n);
    page.drawRectangle({ x: 0, y: 0, width, height, color: rgb(r / 255, g / 255, b / 255) });
    page.drawRectangle({ x: 0, y: height * 0.7, width, height: 12 + mark * 14, color: rgb(0.1, 0.1, 0.15) });
  }
  return pdf.save();
}
