/**
 * The minutes of the scripted session (tests/helpers/minutesSession.ts) as
 * files, read back with the tools an archivist would use: the DOCX unzipped,
 * the PDF through poppler's pdftotext and pdftoppm. Every word and figure of
 * the document must come back exactly, on A4 pages inside the decree's margins.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../src/main/minutes/buildMinutes';
import type { MinutesDocument } from '../../../../src/main/minutes/minutesDocument';
import { minutesLines } from '../../../../src/main/minutes/minutesText';
import { MARGIN_MM, mmToPoints } from '../../../../src/main/minutes/render/pageLayout';
import { pdfFont } from '../../../../src/main/minutes/render/pdfFont';
import { renderDocx } from '../../../../src/main/minutes/render/renderDocx';
import { renderPdf } from '../../../../src/main/minutes/render/renderPdf';
import { extractDocxText } from '../../../../src/main/minutes/verify/extractDocxText';
import { COMBINING_NAME, MARKUP_NAME, scriptMinutesSession } from '../../../helpers/minutesSession';

const RESULTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'test-results', 'minutes');
const MM_IN_TWIPS = 1440 / 25.4;
/** pdftotext's boxes are the font's, a little taller than the ink: half a point of slack. */
const SLACK_PT = 0.5;

let dir: string;
let doc: MinutesDocument;
let docx: Buffer;
let pdfFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-files-'));
  const session = await scriptMinutesSession(join(dir, 'data'));
  doc = buildMinutes(session.events, { kind: 'minutes', sessionId: session.sessionId, sitting: null });
  docx = await renderDocx(doc);
  mkdirSync(RESULTS_DIR, { recursive: true });
  pdfFile = join(RESULTS_DIR, 'minutes.pdf');
  writeFileSync(pdfFile, await renderPdf(doc));
  writeFileSync(join(RESULTS_DIR, 'minutes.docx'), docx);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const flat = (text: string) => ` ${text.normalize('NFC').replace(/\s+/g, ' ').trim()} `;
const pdftotext = (...args: string[]) => execFileSync('pdftotext', [...args, pdfFile, '-'], { encoding: 'utf8' });

describe('the DOCX minutes of the scripted session', () => {
  it('hold every line of the document, each as a whole paragraph, names with <, &, emoji and combining marks included', () => {
    const paragraphs = new Set(extractDocxText(docx).split('\n'));
    const lines = minutesLines(doc);
    for (const line of lines) expect(paragraphs, line).toContain(line);
    expect(lines.some((line) => line.includes(MARKUP_NAME))).toBe(true);
    expect(lines.some((line) => line.includes(COMBINING_NAME.normalize('NFC')))).toBe(true);
    expect(lines).toContain('- Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu');
  });

  it('are A4 with the margins of Nghị định 30, in twips', () => {
    const xml = strFromU8(unzipSync(docx, { filter: (entry) => entry.name === 'word/document.xml' })['word/document.xml'] ?? new Uint8Array());
    const size = xml.match(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/);
    expect(Number(size?.[1])).toBeCloseTo(210 * MM_IN_TWIPS, -1);
    expect(Number(size?.[2])).toBeCloseTo(297 * MM_IN_TWIPS, -1);
    const margins = xml.match(/<w:pgMar [^>]*>/)?.[0] ?? '';
    const margin = (side: string) => Number(margins.match(new RegExp(`w:${side}="(\\d+)"`))?.[1]);
    expect(margin('top') / MM_IN_TWIPS).toBeCloseTo(20, 0);
    expect(margin('bottom') / MM_IN_TWIPS).toBeCloseTo(20, 0);
    expect(margin('left') / MM_IN_TWIPS).toBeCloseTo(30, 0);
    expect(margin('right') / MM_IN_TWIPS).toBeCloseTo(15, 0);
  });
});

describe('the PDF minutes of the scripted session', () => {
  it('give back every line of the document through pdftotext -layout, as whole words, in Vietnamese', () => {
    const text = flat(pdftotext('-layout'));
    for (const line of minutesLines(doc)) expect(text, line).toContain(flat(pdfFont().shown(line)));
    expect(text).toContain(' Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu ');
    expect(text).toContain(` ${COMBINING_NAME.normalize('NFC')} `);
  });

  it('embed Liberation Serif with a ToUnicode map', () => {
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('LiberationSerif'));
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni.
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });

  it('are A4 pages, every word inside the margins (the page numbers from page 2 in the top margin)', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', pdfFile, '-'], { encoding: 'utf8' });
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    expect(pages.length).toBeGreaterThan(1);
    const [left, top, right, bottom] = [MARGIN_MM.left, MARGIN_MM.top, MARGIN_MM.right, MARGIN_MM.bottom].map(mmToPoints) as [number, number, number, number];
    pages.forEach(([, width, height, body], index) => {
      expect(Number(width)).toBeCloseTo(595.28, 1);
      expect(Number(height)).toBeCloseTo(841.89, 1);
      const words = [...(body ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      expect(words.length).toBeGreaterThan(0);
      for (const [, xMin, yMin, xMax, yMax, word] of words) {
        if (index > 0 && Number(yMax) < top && word === String(index + 1)) continue;
        expect(Number(xMin), word).toBeGreaterThanOrEqual(left - SLACK_PT);
        expect(Number(xMax), word).toBeLessThanOrEqual(Number(width) - right + SLACK_PT);
        expect(Number(yMin), word).toBeGreaterThanOrEqual(top - SLACK_PT);
        expect(Number(yMax), word).toBeLessThanOrEqual(Number(height) - bottom + SLACK_PT);
      }
    });
  });

  it('number the pages from the second, at the top', () => {
    expect(pdftotext('-f', '1', '-l', '1').split('\n')[0]?.trim()).not.toBe('1');
    expect(pdftotext('-f', '2', '-l', '2').split('\n')[0]?.trim()).toBe('2');
  });

  it('carry the record stamp on the last page, after the signatures', () => {
    const pages = Number(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
    const last = flat(pdftotext('-f', String(pages), '-l', String(pages)));
    expect(last).toContain(` Lập từ ${doc.record.eventCount} sự kiện của hồ sơ kỳ họp; mã băm cuối: ${doc.record.finalHash} `);
    expect(last).toContain(` Phạm vi: minutes:${doc.record.scope.sessionId}:all `);
    expect(last).toContain(' CHỦ TỌA ');
    expect(last.indexOf(' CHỦ TỌA ')).toBeLessThan(last.indexOf(' Lập từ '));
  });

  it('render page 1 to a PNG in test-results/minutes', () => {
    const prefix = join(RESULTS_DIR, 'minutes-page');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile, prefix]);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
  });
});
