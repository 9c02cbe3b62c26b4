/** What the hub asks of the text index worker, and what it answers. */

export interface TextIndexJob {
  pdfPath: string;
  /** Where the index goes: `<sha256>.text.json` beside the PDF. */
  outputPath: string;
  /** pdf.js's packed CMaps (for CJK fonts without a ToUnicode map), when found. */
  cMapDir?: string;
  standardFontDir?: string;
}

export type TextIndexOutcome =
  | { ok: true; pages: number; textless: boolean }
  | { ok: false; message: string };
