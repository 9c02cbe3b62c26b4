import { describe, expect, it } from 'vitest';
import { readReplaceReply, replaceFailureReason } from '../../../../../src/renderer/console/versions/replaceDocumentFile';
import { translate } from '../../../../../src/shared/i18n/translate';
import type { Translate } from '../../../../../src/renderer/ui/language';

const t: Translate = (key, ...params) => translate('vi', key, ...params);
const count = (value: number) => String(value);

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
  it('says "Tài liệu này đã có" for the same file again, its own reason for too many versions, and the upload reasons for the rest', () => {
    expect(replaceFailureReason('duplicate', t, count)).toBe('Tài liệu này đã có');
    expect(replaceFailureReason('too_many_versions', t, count)).toBe('tài liệu đã có quá nhiều bản; hãy thêm thành tài liệu mới');
    expect(replaceFailureReason('not_pdf', t, count)).toBe('tệp không phải PDF');
    expect(replaceFailureReason('storage_full', t, count)).toBe(translate('vi', 'error.storage_full'));
    expect(replaceFailureReason('too_many_pages', t, count)).toBe(translate('vi', 'upload.too_many_pages', { max: '10000' }));
  });
});
