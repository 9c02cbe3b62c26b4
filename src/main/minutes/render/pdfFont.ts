/**
 * Liberation Serif, read once per process, for the PDF minutes: its files for
 * pdfmake, which characters it can show, and how wide a line is.
 *
 * A character the font has no glyph for (an emoji in a delegate's name, a
 * script it does not cover) would be drawn as an empty box that text
 * extraction reads back as something else. The PDF shows a white square
 * (U+25A1) for each such character cluster instead, and the verifier compares
 * the file with the same substitution, so the record and the file still agree.
 */
/// <reference path="./fontkit.d.ts" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { MINUTES_FONT_FILES, minutesFontsDir } from './minutesFontsDir';

export const MISSING_GLYPH = '\u25A1';

export interface PdfFont {
  /** The four files by pdfmake's style names. */
  files: { normal: string; bold: string; italics: string; bolditalics: string };
  /** The text with every character cluster the font cannot show replaced by a white square. */
  shown(text: string): string;
  /** The width of a line in points at a size, in the regular or bold face. */
  width(text: string, points: number, bold?: boolean): number;
}

let loaded: PdfFont | null = null;

export function pdfFont(): PdfFont {
  loaded ??= loadPdfFont(minutesFontsDir());
  return loaded;
}

function loadPdfFont(dir: string): PdfFont {
  const files = {
    normal: join(dir, MINUTES_FONT_FILES.normal),
    bold: join(dir, MINUTES_FONT_FILES.bold),
    italics: join(dir, MINUTES_FONT_FILES.italics),
    bolditalics: join(dir, MINUTES_FONT_FILES.bolditalics),
  };
  const regular = create(readFileSync(files.normal));
  const bold = create(readFileSync(files.bold));
  const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
  const covered = (font: Font, cluster: string) => [...cluster].every((char) => /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
  return {
    files,
    shown(text) {
      let out = '';
      for (const { segment } of segmenter.segment(text)) out += covered(regular, segment) ? segment : MISSING_GLYPH;
      return out;
    },
    width(text, points, isBold = false) {
      const font = isBold ? bold : regular;
      return (font.layout(text).advanceWidth * points) / font.unitsPerEm;
    },
  };
}
