/**
 * `npm run chamber -- minutes …` and `verify --minutes FILE` on the data
 * folder of the scripted session: both formats written, bad arguments and an
 * empty sitting refused without a file, a fresh file verified, and files whose
 * words were changed caught at the changed word.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli';
import { DATABASE_FILE, sessionFolder } from '../../../../src/main/hub/dataFolder';
import { buildMinutes, countReportScopes } from '../../../../src/main/minutes/buildMinutes';
import type { MinutesBlock } from '../../../../src/main/minutes/minutesDocument';
import { renderPdf } from '../../../../src/main/minutes/render/renderPdf';
import { scriptMinutesSession } from '../../../helpers/minutesSession';
import { changeOneByteOfEvent } from '../../../helpers/tamperEventLog';
import type { MinutesSession } from '../../../helpers/minutesSession';

let dir: string;
let session: MinutesSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-cli-'));
  session = await scriptMinutesSession(join(dir, 'data'));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function chamber(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Changes the text of word/document.xml and packs the DOCX again, as an editor would. */
function editDocx(file: string, edit: (xml: string) => string): string {
  const parts = unzipSync(readFileSync(file));
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  parts['word/document.xml'] = strToU8(edited);
  const out = file.replace(/\.docx$/, '-edited.docx');
  writeFileSync(out, zipSync(parts));
  return out;
}

const FIGURE = 'Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu';

describe('minutes', () => {
  it('writes the whole session as DOCX and as PDF', async () => {
    for (const format of ['docx', 'pdf']) {
      const out = join(dir, `session.${format}`);
      const result = await chamber('minutes', '--data', session.dataDir, '--format', format, '--out', out);
      expect(result, result.err).toMatchObject({ code: 0 });
      expect(result.out).toContain(`Wrote ${out}`);
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
  });

  it('writes one sitting and a count report', async () => {
    const sitting = join(dir, 'sitting-1.pdf');
    expect((await chamber('minutes', '--data', session.dataDir, '--session', session.sessionId, '--sitting', '1', '--format', 'pdf', '--out', sitting)).code).toBe(0);
    const [election] = countReportScopes(session.events);
    expect(election).toBeDefined();
    const report = join(dir, 'count-report.docx');
    expect((await chamber('minutes', '--data', session.dataDir, '--count-report', election?.voteId ?? '', '--format', 'docx', '--out', report)).code).toBe(0);
    expect(existsSync(report)).toBe(true);
  });

  it('refuses a copy whose log was edited, naming the bad event, exit 1, and writes no file: minutes or count report', async () => {
    const copy = join(dir, 'edited-data');
    cpSync(session.dataDir, copy, { recursive: true });
    changeOneByteOfEvent(join(sessionFolder(copy, session.sessionId), DATABASE_FILE), 2);
    const [election] = countReportScopes(session.events);
    for (const extra of [[], ['--count-report', election?.voteId ?? '']]) {
      const out = join(dir, 'edited.pdf');
      const result = await chamber('minutes', '--data', copy, '--session', session.sessionId, ...extra, '--format', 'pdf', '--out', out);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^No minutes written: The event log is broken at seq 2 /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses a sitting that was never held with the builder\'s reason, exit 1, and writes no file', async () => {
    const out = join(dir, 'never-held.pdf');
    const result = await chamber('minutes', '--data', session.dataDir, '--sitting', '3', '--format', 'pdf', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^No minutes written: Sitting 3 .* has no events/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad arguments with exit 2 and the usage', async () => {
    const out = join(dir, 'bad.pdf');
    for (const args of [
      ['--format', 'odt', '--out', out],
      ['--format', 'pdf'],
      ['--format', 'pdf', '--out', out, '--sitting', 'x'],
      ['--format', 'pdf', '--out', out, '--bogus'],
    ]) {
      const result = await chamber('minutes', '--data', session.dataDir, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: npm run chamber -- minutes');
    }
    expect((await chamber('minutes', '--data', session.dataDir, '--session', 'nope', '--format', 'pdf', '--out', out)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('verify --minutes', () => {
  it('passes a fresh DOCX and a fresh PDF', async () => {
    for (const format of ['docx', 'pdf']) {
      const out = join(dir, `fresh.${format}`);
      await chamber('minutes', '--data', session.dataDir, '--format', format, '--out', out);
      const result = await chamber('verify', '--data', session.dataDir, '--minutes', out);
      expect(result, result.err).toMatchObject({ code: 0 });
      expect(result.out).toContain(`made from the first ${session.events.length} events of session ${session.sessionId}`);
    }
  });

  it('passes a DOCX whose runs were split and reformatted, as Word does on saving', async () => {
    const out = join(dir, 'resaved.docx');
    await chamber('minutes', '--data', session.dataDir, '--format', 'docx', '--out', out);
    const resaved = editDocx(out, (xml) =>
      xml
        .replace(FIGURE, 'Tán thành: </w:t></w:r><w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">4/7 đại biểu, chiếm 57,14% tổng số đại biểu')
        .replace('<w:body>', '<w:body><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
        .replaceAll('<w:r>', '<w:proofErr w:type="gramStart"/><w:r>'),
    );
    const result = await chamber('verify', '--data', session.dataDir, '--minutes', resaved);
    expect(result, result.err).toMatchObject({ code: 0 });
  });

  it('catches a figure edited in the DOCX: the file says 5/7, the record says 4/7', async () => {
    const out = join(dir, 'to-edit.docx');
    await chamber('minutes', '--data', session.dataDir, '--format', 'docx', '--out', out);
    const edited = editDocx(out, (xml) => xml.replace(FIGURE, FIGURE.replace('4/7', '5/7')));
    const result = await chamber('verify', '--data', session.dataDir, '--minutes', edited);
    expect(result.code).toBe(1);
    expect(result.err).toContain('the file says "5/7", the record says "4/7"');
  });

  it('catches a PDF whose text differs from the record under the true stamp', async () => {
    const doc = buildMinutes(session.events, { kind: 'minutes', sessionId: session.sessionId, sitting: null });
    const doctored = doc.blocks.map((block): MinutesBlock => (block.kind === 'list' ? { ...block, items: block.items.map((item) => item.replace(FIGURE, FIGURE.replace('57,14%', '85,71%'))) } : block));
    expect(doctored).not.toEqual(doc.blocks);
    const out = join(dir, 'doctored.pdf');
    writeFileSync(out, await renderPdf({ ...doc, blocks: doctored }));
    const result = await chamber('verify', '--data', session.dataDir, '--minutes', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain('the file says "85,71%", the record says "57,14%"');
  });

  it('refuses a file without a record stamp, and one that is neither DOCX nor PDF', async () => {
    const out = join(dir, 'no-stamp.docx');
    await chamber('minutes', '--data', session.dataDir, '--format', 'docx', '--out', out);
    const stripped = editDocx(out, (xml) => xml.replace(/Lập từ \d+ sự kiện/, 'Lập từ nhiều sự kiện'));
    expect((await chamber('verify', '--data', session.dataDir, '--minutes', stripped)).err).toContain('carries no record stamp');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'BIÊN BẢN');
    const result = await chamber('verify', '--data', session.dataDir, '--minutes', text);
    expect(result.code).toBe(1);
    expect(result.err).toContain('neither a DOCX nor a PDF');
  });
});
