/**
 * The minutes as a PDF for the archive, made on the hub with pdfmake (so the
 * browser console and the desktop app get the same file), in the same state
 * format as the DOCX: A4, the decree's margins, Liberation Serif (Times New
 * Roman's metrics, every Vietnamese letter) embedded as a subset with its
 * ToUnicode map, so the text extracts as the words it shows.
 */
import * as pdfMakeModule from 'pdfmake';
import type { Content, ContentTable, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MinutesAlign, MinutesBlock, MinutesDocument, MinutesSignature, MinutesTableColumn } from '../minutesDocument';
import { issuerLines, listItemText, nationalMottoLines } from '../minutesText';
import { recordStampLines } from '../recordStamp';
import { BODY_PT, FIRST_LINE_INDENT_MM, HEADER_COLUMN_SHARES, MARGIN_MM, mmToPoints, PAGE_NUMBER_TOP_MM, SIGNATURE_SPACE_MM, STAMP_PT, TEXT_WIDTH_MM, TITLE_PT } from './pageLayout';
import { pdfFont } from './pdfFont';
import type { PdfFont } from './pdfFont';
import { printableText } from './printableText';

const FONT_NAME = 'LiberationSerif';
const TEXT_WIDTH = mmToPoints(TEXT_WIDTH_MM);
const RULE_WIDTH = 0.6;
const CELL_PADDING = 4;
const GRID_LINE = 0.5;

/** pdfmake's Node build exports one instance (module.exports); an ES import may wrap it in `default`. */
type PdfMake = typeof pdfMakeModule;
const pdfMake: PdfMake = (pdfMakeModule as PdfMake & { default?: PdfMake }).default ?? pdfMakeModule;

const GRID: CustomTableLayout = {
  hLineWidth: () => GRID_LINE,
  vLineWidth: () => GRID_LINE,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
const BARE: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

export async function renderPdf(doc: MinutesDocument): Promise<Buffer> {
  const font = pdfFont();
  const fontFiles = new Set(Object.values(font.files));
  pdfMake.setFonts({ [FONT_NAME]: font.files });
  // The document names no image or URL: nothing but the four font files is ever read.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => fontFiles.has(path));
  return pdfMake.createPdf(definition(doc, font)).getBuffer();
}

/** The pdfmake document: the decree's layout of the minutes. */
function definition(doc: MinutesDocument, font: PdfFont): TDocumentDefinitions {
  const text = (value: string) => font.shown(printableText(value));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPoints(MARGIN_MM.left), mmToPoints(MARGIN_MM.top), mmToPoints(MARGIN_MM.right), mmToPoints(MARGIN_MM.bottom)],
    info: { title: text(doc.title.join(' ')), creator: 'Chamber', producer: 'Chamber' },
    defaultStyle: { font: FONT_NAME, fontSize: BODY_PT, lineHeight: 1.1 },
    // The decree numbers pages from the second, centred at the top.
    header: (currentPage) => (currentPage < 2 ? null : { text: String(currentPage), alignment: 'center', fontSize: BODY_PT, margin: [0, mmToPoints(PAGE_NUMBER_TOP_MM), 0, 0] }),
    content: [
      headerTable(doc, font, text),
      ...doc.title.map((line, index): Content => ({ text: text(line), bold: true, fontSize: TITLE_PT, alignment: 'center', margin: [0, index === 0 ? 18 : 0, 0, 0] })),
      { text: '', margin: [0, 0, 0, 6] },
      ...doc.blocks.map((block) => blockContent(block, text)),
      // The signatures and the record stamp stay together on the last page.
      {
        stack: [
          signatureColumns(doc.signatures, text),
          { stack: recordStampLines(doc.record, doc.locale).map((line) => ({ text: text(line), italics: true, fontSize: STAMP_PT })), margin: [0, 18, 0, 0] },
        ],
        unbreakable: true,
      },
    ],
  };
}

/** A short horizontal rule, centred in a column of the given width. */
function rule(columnWidth: number, length: number): Content {
  const start = Math.max(0, (columnWidth - length) / 2);
  return { canvas: [{ type: 'line', x1: start, y1: 1, x2: start + length, y2: 1, lineWidth: RULE_WIDTH }], margin: [0, 1, 0, 0] };
}

/** The decree's header: the issuer and "Số: …" on the left, the national name, motto and place and date on the right. */
function headerTable(doc: MinutesDocument, font: PdfFont, text: (value: string) => string): Content {
  const [leftShare, rightShare] = HEADER_COLUMN_SHARES;
  const left = TEXT_WIDTH * leftShare;
  const right = TEXT_WIDTH * rightShare;
  const issuer = issuerLines(doc);
  const [country, values] = nationalMottoLines(doc.locale);
  const table: ContentTable = {
    layout: BARE,
    table: {
      widths: [left, right],
      body: [
        [
          { stack: [...issuer.map((line, index) => ({ text: text(line), bold: issuer.length < 3 || index > 0, alignment: 'center' as const })), rule(left, left / 3)] },
          {
            stack: [
              { text: text(country), bold: true, alignment: 'center' },
              { text: text(values), bold: true, fontSize: TITLE_PT, alignment: 'center' },
              rule(right, Math.min(right, font.width(text(values), TITLE_PT, true))),
            ],
          },
        ],
        [
          { text: text(doc.header.number), alignment: 'center', margin: [0, 6, 0, 0] },
          { text: text(doc.header.placeAndDate), italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      ],
    },
  };
  return table;
}

function blockContent(block: MinutesBlock, text: (value: string) => string): Content {
  switch (block.kind) {
    case 'heading':
      return { text: text(block.text), bold: true, italics: block.level === 3, fontSize: block.level === 1 ? TITLE_PT : BODY_PT, alignment: block.level === 1 ? 'center' : 'left', margin: [0, 10, 0, 3], headlineLevel: block.level };
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return { text: text(block.text), bold: block.bold ?? false, italics: block.italic ?? false, alignment: align, margin: [0, 0, 0, 3], ...(align === 'justify' ? { leadingIndent: mmToPoints(FIRST_LINE_INDENT_MM) } : {}) };
    }
    case 'list':
      return { stack: block.items.map((item): Content => ({ text: text(listItemText(item)), margin: [mmToPoints(FIRST_LINE_INDENT_MM), 0, 0, 2] })) };
    case 'table':
      return dataTable(block.columns, block.rows, text);
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/**
 * A table with a bold header row; rows never split across pages. The header
 * is not repeated on later pages: the text of the file then holds each word
 * once, as the record does, and the verifier can compare them in order.
 */
function dataTable(columns: MinutesTableColumn[], rows: string[][], text: (value: string) => string): Content {
  const widths = columns.map((column) => Math.max(10, TEXT_WIDTH * column.width - 2 * CELL_PADDING - GRID_LINE * 2));
  const cell = (value: string, align: MinutesAlign, bold: boolean) => ({ text: text(value), alignment: align, bold });
  return {
    layout: GRID,
    margin: [0, 3, 0, 6],
    table: {
      widths,
      dontBreakRows: true,
      body: [columns.map((column) => cell(column.title, 'center', true)), ...rows.map((cells) => columns.map((column, index) => cell(cells[index] ?? '', column.align, false)))],
    },
  };
}

/** The signature blocks side by side. */
function signatureColumns(signatures: MinutesSignature[], text: (value: string) => string): Content {
  const columns: Content = {
    columns: signatures.map((signature) => ({
      width: '*',
      stack: [
        { text: text(signature.title), bold: true, alignment: 'center' as const },
        { text: text(signature.name), bold: true, alignment: 'center' as const, margin: [0, mmToPoints(SIGNATURE_SPACE_MM), 0, 0] as [number, number, number, number] },
      ],
    })),
  };
  return { stack: [columns], margin: [0, 18, 0, 0] };
}
