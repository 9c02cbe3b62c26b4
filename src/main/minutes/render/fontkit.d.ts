/**
 * The little of fontkit (pdfkit's font engine, which pdfmake brings) that the
 * PDF minutes use: whether the font has a glyph for a character, and a line's width.
 */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Uint8Array): Font;
}
