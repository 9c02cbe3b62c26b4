import { describe, expect, it } from 'vitest';
import { minutesLines, minutesText } from '../../../../../src/main/minutes/minutesText';
import { MISSING_GLYPH, pdfFont } from '../../../../../src/main/minutes/render/pdfFont';
import { renderPdf } from '../../../../../src/main/minutes/render/renderPdf';
import { compareWords } from '../../../../../src/main/minutes/verify/compareWords';
import { extractPdfText } from '../../../../../src/main/minutes/verify/extractPdfText';
import { COMBINING_NAME, handMadeMinutes } from '../../../../helpers/handMadeMinutes';

const flat = (text: string) => ` ${text.normalize('NFC').replace(/\s+/g, ' ')} `;

describe('renderPdf', () => {
  it('gives back, through text extraction, every word of the document in reading order', async () => {
    const doc = handMadeMinutes();
    const text = await extractPdfText(await renderPdf(doc));
    expect(compareWords(text, pdfFont().shown(minutesText(doc)))).toEqual({ same: true, words: expect.any(Number) });
  });

  it('keeps names with <, & and combining marks as they were typed (in NFC)', async () => {
    const text = flat(await extractPdfText(await renderPdf(handMadeMinutes())));
    expect(text).toContain(' - Trần <Văn> & Bình ');
    expect(text).toContain(` - ${COMBINING_NAME.normalize('NFC')} `);
  });

  it('shows a white square for an emoji the embedded font has no glyph for, and the verifier expects the same', async () => {
    const text = flat(await extractPdfText(await renderPdf(handMadeMinutes())));
    expect(text).toContain(` - Lê Thị Mai ${MISSING_GLYPH} `);
    expect(pdfFont().shown('Lê Thị Mai 🌸')).toBe(`Lê Thị Mai ${MISSING_GLYPH}`);
  });

  it('runs a long table over several pages without losing or repeating a row', async () => {
    const doc = handMadeMinutes({ tableRows: 150 });
    const bytes = await renderPdf(doc);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
    const pdf = await task.promise;
    expect(pdf.numPages).toBeGreaterThan(3);
    await task.destroy();
    const text = flat(await extractPdfText(bytes));
    for (let row = 4; row <= 150; row++) expect(text.split(` ${row} Đại biểu số ${row} `)).toHaveLength(2);
  });

  it('makes A4 pages (595 × 842 pt)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(await renderPdf(handMadeMinutes())), verbosity: 0 });
    const page = await (await task.promise).getPage(1);
    expect(page.view[2]).toBeCloseTo(595.28, 1);
    expect(page.view[3]).toBeCloseTo(841.89, 1);
    await task.destroy();
  });

  it('writes each line of the hand-made document whole', async () => {
    const doc = handMadeMinutes();
    const text = flat(await extractPdfText(await renderPdf(doc)));
    for (const line of minutesLines(doc)) expect(text, line).toContain(flat(pdfFont().shown(line)));
  });
});
