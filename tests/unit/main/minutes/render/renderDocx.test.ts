import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { minutesLines } from '../../../../../src/main/minutes/minutesText';
import { renderDocx } from '../../../../../src/main/minutes/render/renderDocx';
import { extractDocxText } from '../../../../../src/main/minutes/verify/extractDocxText';
import { AWKWARD_NAMES, handMadeMinutes } from '../../../../helpers/handMadeMinutes';

const MM_IN_TWIPS = 1440 / 25.4;

function part(docx: Buffer, name: string): string {
  const file = unzipSync(docx, { filter: (entry) => entry.name === name })[name];
  if (!file) throw new Error(`${name} is missing`);
  return strFromU8(file);
}

function attribute(xml: string, element: string, name: string): number {
  const tag = xml.match(new RegExp(`<${element}\\b[^>]*>`))?.[0] ?? '';
  return Number(tag.match(new RegExp(`${name}="(\\d+)"`))?.[1]);
}

describe('renderDocx', () => {
  it('writes every line of the document, names with <, &, an emoji and combining marks included, as whole paragraphs', async () => {
    const doc = handMadeMinutes();
    const text = extractDocxText(await renderDocx(doc)).normalize('NFC');
    const paragraphs = new Set(text.split('\n'));
    for (const line of minutesLines(doc)) expect(paragraphs, line).toContain(line.normalize('NFC'));
    for (const name of AWKWARD_NAMES) expect(paragraphs).toContain(`- ${name.normalize('NFC')}`);
  });

  it('escapes markup characters in the XML instead of breaking it', async () => {
    const xml = part(await renderDocx(handMadeMinutes()), 'word/document.xml');
    expect(xml).toContain('Trần &lt;Văn&gt; &amp; Bình');
    expect(xml).not.toContain('<Văn>');
  });

  it('lays out an A4 page with the margins of Nghị định 30 (top 20, bottom 20, left 30, right 15 mm)', async () => {
    const xml = part(await renderDocx(handMadeMinutes()), 'word/document.xml');
    expect(attribute(xml, 'w:pgSz', 'w:w')).toBeCloseTo(210 * MM_IN_TWIPS, -1);
    expect(attribute(xml, 'w:pgSz', 'w:h')).toBeCloseTo(297 * MM_IN_TWIPS, -1);
    expect(attribute(xml, 'w:pgMar', 'w:top')).toBeCloseTo(20 * MM_IN_TWIPS, -1);
    expect(attribute(xml, 'w:pgMar', 'w:bottom')).toBeCloseTo(20 * MM_IN_TWIPS, -1);
    expect(attribute(xml, 'w:pgMar', 'w:left')).toBeCloseTo(30 * MM_IN_TWIPS, -1);
    expect(attribute(xml, 'w:pgMar', 'w:right')).toBeCloseTo(15 * MM_IN_TWIPS, -1);
  });

  it('sets Times New Roman at 13 pt for the body and 14 pt for the title', async () => {
    const docx = await renderDocx(handMadeMinutes());
    const styles = part(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    const xml = part(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:sz w:val="26"\/>/);
    expect(xml).toMatch(/<w:b\/>(?:<w:bCs\/>)?[^]*?<w:sz w:val="28"\/>[^]*?BIÊN BẢN/);
  });

  it('numbers pages from the second: the first page has an empty header of its own', async () => {
    const docx = await renderDocx(handMadeMinutes());
    const xml = part(docx, 'word/document.xml');
    expect(xml).toContain('<w:titlePg/>');
    const headers = Object.keys(unzipSync(docx, { filter: (entry) => /^word\/header\d+\.xml$/.test(entry.name) }));
    const withPageNumber = headers.filter((name) => /PAGE/.test(part(docx, name)));
    expect(withPageNumber).toHaveLength(1);
  });

  it('repeats a long table header on every page and never splits a row', async () => {
    const xml = part(await renderDocx(handMadeMinutes({ tableRows: 120 })), 'word/document.xml');
    expect(xml).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(121);
    expect(extractDocxText(await renderDocx(handMadeMinutes({ tableRows: 120 })))).toContain('Đại biểu số 120');
  });

  it('ends with the record stamp: the event count and the final hash', async () => {
    const doc = handMadeMinutes();
    const lines = extractDocxText(await renderDocx(doc)).split('\n').filter((line) => line !== '');
    expect(lines.at(-2)).toBe(`Lập từ 1234 sự kiện của hồ sơ kỳ họp; mã băm cuối: ${doc.record.finalHash}`);
    expect(lines.at(-1)).toBe('Phạm vi: minutes:session-1:all');
  });

  it('drops control characters that XML cannot carry, keeping the rest of the name', async () => {
    const doc = handMadeMinutes();
    doc.signatures[0] = { title: 'THƯ KÝ KỲ HỌP', name: 'Võ Thị\u0001 Lan\u000B' };
    const docx = await renderDocx(doc);
    expect(extractDocxText(docx)).toContain('Võ Thị Lan');
  });
});
