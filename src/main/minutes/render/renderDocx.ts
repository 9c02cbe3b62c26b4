/**
 * The minutes as a Word document (DOCX), made with the `docx` library, in the
 * state format of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 13 pt (titles
 * 14 pt), the decree's margins, the two-column header, page numbers from page
 * 2, signatures side by side, and the record stamp at the end.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IParagraphOptions, ISectionOptions } from 'docx';
import type { MinutesAlign, MinutesBlock, MinutesDocument, MinutesSignature, MinutesTableColumn } from '../minutesDocument';
import { issuerLines, listItemText, nationalMottoLines } from '../minutesText';
import { recordStampLines } from '../recordStamp';
import { BODY_PT, FIRST_LINE_INDENT_MM, HEADER_COLUMN_SHARES, MARGIN_MM, PAGE_MM, PAGE_NUMBER_TOP_MM, SIGNATURE_SPACE_MM, STAMP_PT, TEXT_WIDTH_MM, TITLE_PT } from './pageLayout';
import { printableText } from './printableText';

const FONT = 'Times New Roman';
const twip = convertMillimetersToTwip;
/** docx sizes text in half-points. */
const halfPoints = (points: number) => points * 2;
const TEXT_WIDTH_TWIPS = Math.round(twip(TEXT_WIDTH_MM));
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export async function renderDocx(doc: MinutesDocument): Promise<Buffer> {
  const section: ISectionOptions = {
    properties: {
      // The first page has a header of its own (empty): the decree numbers pages from the second.
      titlePage: true,
      page: {
        size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height) },
        margin: {
          top: twip(MARGIN_MM.top),
          bottom: twip(MARGIN_MM.bottom),
          left: twip(MARGIN_MM.left),
          right: twip(MARGIN_MM.right),
          header: twip(PAGE_NUMBER_TOP_MM),
          footer: twip(PAGE_NUMBER_TOP_MM),
        },
      },
    },
    headers: {
      default: new Header({ children: [pageNumberParagraph()] }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    children: [
      headerTable(doc),
      ...doc.title.map((line, index) => paragraph(line, { bold: true, size: TITLE_PT }, 'center', index === 0 ? 360 : 0)),
      new Paragraph({ spacing: { after: 120 } }),
      ...doc.blocks.flatMap(blockContent),
      signatureTable(doc.signatures),
      // The stamp's first line keeps with the next, and the signatures keep with the stamp: all on the last page.
      ...recordStampLines(doc.record, doc.locale).map((line, index) => paragraph(line, { italics: true, size: STAMP_PT }, 'left', index === 0 ? 360 : 0, { keepNext: index === 0 })),
    ],
  };
  const document = new Document({
    creator: 'Chamber',
    title: printableText(doc.title.join(' ')),
    styles: { default: { document: { run: { font: FONT, size: halfPoints(BODY_PT) } } } },
    sections: [section],
  });
  return Packer.toBuffer(document);
}

/** The page number, centred at the top of every page but the first. */
function pageNumberParagraph(): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(BODY_PT) })] });
}

/** A paragraph of one run (line feeds in the text become line breaks). */
function paragraph(text: string, style: RunStyle, align: MinutesAlign | 'justify', spaceBefore = 0, extra: Omit<IParagraphOptions, 'alignment' | 'children' | 'spacing'> = {}): Paragraph {
  return new Paragraph({
    alignment: alignment(align),
    spacing: { before: spaceBefore, after: 60 },
    children: runs(text, style),
    ...extra,
  });
}

function runs(text: string, style: RunStyle): TextRun[] {
  const size = halfPoints(style.size ?? BODY_PT);
  const bold = style.bold ?? false;
  const italics = style.italics ?? false;
  return printableText(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, font: FONT, size, bold, italics, ...(index > 0 ? { break: 1 } : {}) }));
}

function alignment(align: MinutesAlign | 'justify') {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}

/**
 * The decree's header: a borderless table of two columns. Left, the issuing
 * body in upper case (the superior body, when there is one, not bold) with a
 * short rule under it, then "Số: …"; right, the national name and motto, bold,
 * with a rule as long as the motto, then the place and date in italics.
 */
function headerTable(doc: MinutesDocument): Table {
  const issuer = issuerLines(doc);
  const [country, values] = nationalMottoLines(doc.locale);
  const [leftShare] = HEADER_COLUMN_SHARES;
  const leftWidth = Math.round(TEXT_WIDTH_TWIPS * leftShare);
  const rightWidth = TEXT_WIDTH_TWIPS - leftWidth;
  const issuerParagraphs = issuer.map((line, index) => {
    const bold = issuer.length < 3 || index > 0;
    const last = index === issuer.length - 1;
    // The rule under the issuer is about a third of its column, centred.
    const indent = Math.round(leftWidth / 3);
    return paragraph(line, { bold }, 'center', 0, last ? { border: { bottom: RULE }, indent: { left: indent, right: indent } } : {});
  });
  // The rule under the motto is as long as the motto line: about 60 % of the column.
  const mottoIndent = Math.round(rightWidth * 0.2);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(issuerParagraphs, leftWidth),
          cell(
            [
              paragraph(country, { bold: true }, 'center'),
              paragraph(values, { bold: true, size: TITLE_PT }, 'center', 0, { border: { bottom: RULE }, indent: { left: mottoIndent, right: mottoIndent } }),
            ],
            rightWidth,
          ),
        ],
      }),
      new TableRow({
        children: [cell([paragraph(doc.header.number, {}, 'center', 120)], leftWidth), cell([paragraph(doc.header.placeAndDate, { italics: true }, 'center', 120)], rightWidth)],
      }),
    ],
  });
}

function blockContent(block: MinutesBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [paragraph(block.text, { bold: true, italics: block.level === 3, size: block.level === 1 ? TITLE_PT : BODY_PT }, block.level === 1 ? 'center' : 'left', 200, { keepNext: true })];
    case 'paragraph': {
      const align = block.align ?? 'justify';
      const indent = align === 'justify' ? { indent: { firstLine: Math.round(twip(FIRST_LINE_INDENT_MM)) } } : {};
      return [paragraph(block.text, { bold: block.bold ?? false, italics: block.italic ?? false }, align, 0, indent)];
    }
    case 'list':
      return block.items.map((item) => paragraph(listItemText(item), {}, 'left', 0, { indent: { left: Math.round(twip(FIRST_LINE_INDENT_MM)) } }));
    case 'table':
      return [dataTable(block.columns, block.rows), new Paragraph({ spacing: { after: 60 } })];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true })];
  }
}

/** A table with a bold header row, repeated on every page it runs over; rows never split. */
function dataTable(columns: MinutesTableColumn[], rows: string[][]): Table {
  const widths = columns.map((column) => Math.round(TEXT_WIDTH_TWIPS * column.width));
  const borders = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map(
        (column, index) =>
          new TableCell({
            width: { size: widths[index] ?? 0, type: WidthType.DXA },
            borders,
            margins: { left: 80, right: 80 },
            children: [paragraph(cells[index] ?? '', { bold: header }, header ? 'center' : column.align)],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(columns.map((column) => column.title), true), ...rows.map((cells) => row(cells, false))],
  });
}

/** The signature blocks side by side: the title in bold upper case, room to sign, the name in bold. */
function signatureTable(signatures: MinutesSignature[]): Table | Paragraph {
  if (signatures.length === 0) return new Paragraph({});
  const width = Math.round(TEXT_WIDTH_TWIPS / signatures.length);
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: signatures.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: signatures.map(
          (signature) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
              children: [
                paragraph(signature.title, { bold: true }, 'center', 360, { keepNext: true }),
                paragraph(signature.name, { bold: true }, 'center', Math.round(twip(SIGNATURE_SPACE_MM)), { keepNext: true }),
              ],
            }),
        ),
      }),
    ],
  });
}
