import { describe, expect, it } from 'vitest';
import { readReplaceReply, replaceFailureKey } from '../../../../../src/renderer/console/versions/replaceDocumentFile';
import { translate } from '../../../../../src/shared/i18n/translate';

const document = { id: 'd1', itemId: 'i1', title: 'Tờ trình', sha256: 'a'.repeat(64), fileName: 'a.pdf', bytes: 10, pages: 14, openedBy: [], version: 2, previous: [], supplementary: false };

describe('reading the answer to a replacement', () => {
  it('gives the document as it now is on a 200', () => {
    expect(readReplaceReply(200, JSON.stringify({ document, warnings: [] }))).toEqual({ ok: true, document, warnings: [] });
  });

  it('gives the replacement’s own refusals with their code', () => {
    expect(readReplaceReply(409, JSON.stringify({ error: 'duplicate', message: 'same file' }))).toMatchObject({ ok: false, code: 'duplicate' });
    expect(readReplaceReply(409, JSON.stringify({ error: 'too_many_versions', message: 'x' }))).toMatchObject({ ok: false, code: 'too_many_versions' });
  });

  it('judges a body outside the contract by its status', () => {
    expect(readReplaceReply(413, '<html>Request Entity Too Large</html>')).toMatchObject({ ok: false, code: 'too_large' });
    expect(readReplaceReply(502, 'Bad Gateway')).toMatchObject({ ok: false, code: 'invalid' });
    expect(readReplaceReply(200, JSON.stringify({ error: 'teapot', message: 'no' }))).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('the reason shown for a refused replacement', () => {
  it('says "Tài liệu này đã có" for the same file again, and reads the upload reasons for the rest', () => {
    expect(translate('vi', replaceFailureKey('duplicate'))).toBe('Tài liệu này đã có');
    expect(translate('vi', replaceFailureKey('not_pdf'))).toBe('tệp không phải PDF');
    expect(translate('vi', replaceFailureKey('storage_full'))).toBe(translate('vi', 'error.storage_full'));
  });
});
