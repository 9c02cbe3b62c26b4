/**
 * "Xuất ghi chú (PDF)": a PDF the delegate makes on the iPad for themselves,
 * listing each note with its document, page, highlighted text and words, and
 * each drawing as its strokes. Loaded only when asked for (a chunk of its own
 * with pdf-lib and fontkit), with Liberation Serif for Vietnamese, subset into
 * the file. Nothing of it goes to the hub.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import boldFontUrl from '../../../../resources/fonts/LiberationSerif-Bold.ttf?url';
import regularFontUrl from '../../../../resources/fonts/LiberationSerif-Regular.ttf?url';
import type { Translate } from '../../ui/language';
import { POINT_SCALE } from './noteModel';
import type { Note, PenColour } from './noteModel';
import { notesByDocument } from './notesByDocument';

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const INK: Record<PenColour, ReturnType<typeof rgb>> = {
  black: rgb(0.1, 0.1, 0.1),
  red: rgb(0.8, 0.1, 0.1),
  blue: rgb(0.1, 0.3, 0.8),
  green: rgb(0.1, 0.55, 0.2),
};

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font answered ${response.status}`);
  return response.arrayBuffer();
}

/** The PDF's bytes. */
export async function notesPdfBytes(notes: Readonly<Record<string, Note>>, t: Translate, locale: string, now: Date = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await Promise.all([fetchFont(regularFontUrl), fetchFont(boldFontUrl)]);
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(t('notes.pdfTitle'));

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const room = (height: number) => {
    if (y - height >= PAGE.margin) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const write = (text: string, font: PDFFont, size: number, gapAfter = 4) => {
    for (const line of wrap(text, font, size, PAGE.width - 2 * PAGE.margin)) {
      room(size * 1.3);
      y -= size * 1.3;
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
    y -= gapAfter;
  };

  write(t('notes.pdfTitle'), bold, 18, 6);
  write(t('notes.pdfMade', { time: now.toLocaleString(locale) }), regular, 10, 14);
  for (const group of notesByDocument(notes)) {
    write(group.documentTitle, bold, 14, 6);
    for (const { note } of group.notes) {
      write(`${t('notes.pageOf', { page: String(note.page) })} · ${t(`notes.kind.${note.kind}`)}`, bold, 11, 2);
      if (note.quote !== '') write(t('notes.pdfQuote', { quote: note.quote }), regular, 11, 2);
      if (note.text !== '') write(note.text, regular, 11, 2);
      if (note.strokes.length > 0) {
        const width = Math.min(240, 300 / note.aspect);
        const height = width * note.aspect;
        room(height + 8);
        y -= height + 4;
        page.drawRectangle({ x: PAGE.margin, y, width, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
        for (const stroke of note.strokes) {
          const path = strokePath(stroke.points, width, height);
          if (path !== '') page.drawSvgPath(path, { x: PAGE.margin, y: y + height, borderColor: INK[stroke.colour], borderWidth: Math.max(0.5, (stroke.width / 1000) * width) });
        }
      }
      y -= 8;
    }
    y -= 8;
  }
  return pdf.save();
}

/** Makes the PDF and hands it to the browser as a download. */
export async function exportNotesPdf(notes: Readonly<Record<string, Note>>, t: Translate, locale: string): Promise<void> {
  const bytes = await notesPdfBytes(notes, t, locale);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'ghi-chu-rieng.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An SVG path of a stroke in a box of `width` × `height`, y down from its top-left corner. */
function strokePath(points: readonly number[], width: number, height: number): string {
  const parts: string[] = [];
  for (let index = 0; index + 1 < points.length; index += 2) {
    const x = ((points[index] ?? 0) / POINT_SCALE) * width;
    const y = ((points[index + 1] ?? 0) / POINT_SCALE) * height;
    parts.push(`${index === 0 ? 'M' : 'L'}${x.toFixed(2)} ${y.toFixed(2)}`);
  }
  return parts.length > 1 ? parts.join(' ') : '';
}

/** Lines that fit `maxWidth`, broken at spaces (a word longer than a line is cut). */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
