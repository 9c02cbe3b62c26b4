import { describe, expect, it } from 'vitest';
import { cleanFileName, cleanName, shortenText, titleFromFileName } from '../../../../src/shared/protocol/documentNames';
import { documentInfoSchema, TEXT_LIMITS } from '../../../../src/shared/protocol';

describe('document names', () => {
  it('normalises a decomposed (NFD) name to NFC', () => {
    const nfd = 'Nghị quyết số 12.pdf'.normalize('NFD');
    expect(nfd).not.toBe('Nghị quyết số 12.pdf');
    expect(cleanFileName(nfd)).toBe('Nghị quyết số 12.pdf');
  });

  it('strips the right-to-left override and every other bidi control', () => {
    expect(cleanFileName('bao-cao\u202Efdp.exe')).toBe('bao-caofdp.exe');
    const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    expect(cleanName(`Tờ${bidi.join('')} trình`)).toBe('Tờ trình');
  });

  it('strips control characters and folds runs of spaces', () => {
    expect(cleanName('Tờ\u0000trình\u0007 \t số\n5\u007F\u009B')).toBe('Tờtrình số 5');
  });

  it('keeps a name that needs no change as it is', () => {
    expect(cleanFileName('Báo cáo thẩm tra.pdf')).toBe('Báo cáo thẩm tra.pdf');
  });

  it('shortens a long Vietnamese name on a grapheme boundary with "…", keeping the extension', () => {
    const long = `${'Đề án phát triển kinh tế xã hội '.repeat(12)}.pdf`;
    const short = cleanFileName(long.normalize('NFD'));
    expect(short.length).toBeLessThanOrEqual(TEXT_LIMITS.fileName);
    expect(short.endsWith('….pdf')).toBe(true);
    expect(long.startsWith(short.slice(0, -'….pdf'.length))).toBe(true);
  });

  it('never splits a letter from its combining mark when shortening', () => {
    // Letters with two combining marks stay decomposed where NFC has no single character for them.
    const letter = 'a\u0323\u0306\u0301';
    const text = letter.repeat(10);
    const short = shortenText(text, 9);
    expect(short.endsWith('…')).toBe(true);
    expect(short.slice(0, -1)).toBe(letter.repeat(2));
  });

  it('makes the default title from the name without ".pdf", underscores as spaces, cleaned', () => {
    expect(titleFromFileName('bao-cao_tham-tra.pdf')).toBe('bao-cao tham-tra');
    expect(titleFromFileName('Tờ trình\u202E.PDF'.normalize('NFD'))).toBe('Tờ trình');
    expect(titleFromFileName(`${'Nghị quyết '.repeat(40)}.pdf`).length).toBeLessThanOrEqual(TEXT_LIMITS.title);
  });

  it('still reads a document stored before names were cleaned, bidi controls and all', () => {
    const stored = { id: 'd1', itemId: 'i1', title: 'Tờ trình\u202Efdp', sha256: 'a'.repeat(64), fileName: 'to-trinh\u202Efdp.exe.pdf'.normalize('NFD'), bytes: 10, pages: 1, openedBy: [] };
    expect(documentInfoSchema.parse(stored)).toMatchObject({ fileName: stored.fileName, title: stored.title });
  });
});
