import { describe, expect, it } from 'vitest';
import { uploadFailureKey, uploadOutcomeText, uploadRefusalReason } from '../../../../src/renderer/console/uploadOutcomeText';
import type { UploadErrorCode } from '../../../../src/renderer/console/uploadDocument';
import type { Upload, UploadStage } from '../../../../src/renderer/console/uploads';
import type { Translate } from '../../../../src/renderer/ui/language';
import { formatCount } from '../../../../src/shared/i18n/formatNumber';
import { translate } from '../../../../src/shared/i18n/translate';
import type { Language } from '../../../../src/shared/i18n/translate';
import { UPLOAD_REFUSAL_CODES } from '../../../../src/shared/protocol';

const tIn = (language: Language): Translate => (key, ...params) => translate(language, key, ...params);
const vi = tIn('vi');
const en = tIn('en');
const countVi = (value: number) => formatCount('vi', value);
const countEn = (value: number) => formatCount('en', value);

function upload(stage: UploadStage): Upload {
  return { id: 1, itemId: 'i1', name: 'Tờ trình 415.pdf', stage };
}

function refused(code: UploadErrorCode, limitMegabytes?: number): UploadStage {
  return { kind: 'refused', refusal: { ok: false, code, message: 'x', ...(limitMegabytes === undefined ? {} : { limitMegabytes }) } };
}

describe('the reason shown for a refused upload', () => {
  it('has a Vietnamese and an English text for every code the upload can fail with', () => {
    for (const code of [...UPLOAD_REFUSAL_CODES, 'network' as const]) {
      const refusal = { ok: false as const, code, message: 'x' };
      const inVi = uploadRefusalReason(refusal, vi, countVi);
      const inEn = uploadRefusalReason(refusal, en, countEn);
      expect(inVi, code).not.toMatch(/^(upload|error)\./);
      expect(inEn, code).not.toMatch(/^(upload|error)\./);
      expect(inVi, code).not.toBe(inEn);
    }
  });

  it('words a full disk as the hub’s disk being full, not as bad file details', () => {
    expect(uploadFailureKey('storage_full')).toBe('error.storage_full');
    expect(uploadFailureKey('not_pdf')).toBe('upload.not_pdf');
  });

  it('names the size limit in megabytes when the hub gave it', () => {
    expect(uploadOutcomeText(upload(refused('too_large', 200)), vi, countVi)).toBe('“Tờ trình 415.pdf”: tệp lớn hơn giới hạn 200 MB');
    expect(uploadOutcomeText(upload(refused('too_large', 200)), en, countEn)).toBe('“Tờ trình 415.pdf”: the file is larger than the limit of 200 MB');
  });

  it('still says the file is too large when an older hub or a proxy gave no limit', () => {
    expect(uploadOutcomeText(upload(refused('too_large')), vi, countVi)).toBe('“Tờ trình 415.pdf”: tệp lớn hơn giới hạn cho phép');
  });

  it('names the page limit with Vietnamese digit grouping', () => {
    expect(uploadOutcomeText(upload(refused('too_many_pages')), vi, countVi)).toBe('“Tờ trình 415.pdf”: tài liệu dài hơn 10.000 trang');
    expect(uploadOutcomeText(upload(refused('too_many_pages')), en, countEn)).toBe('“Tờ trình 415.pdf”: the document has more than 10,000 pages');
  });

  it('says a duplicate is already there, a password-protected file needs its open password removed, and a hostile file is too complex', () => {
    expect(uploadOutcomeText(upload(refused('duplicate')), vi, countVi)).toBe('“Tờ trình 415.pdf”: Tài liệu này đã có');
    expect(uploadOutcomeText(upload(refused('encrypted')), vi, countVi)).toContain('tài liệu có mật khẩu mở');
    expect(uploadOutcomeText(upload(refused('timeout')), vi, countVi)).toContain('quá phức tạp');
  });
});

describe('the text of each stage of an upload', () => {
  it('says where the file is before the hub answers', () => {
    expect(uploadOutcomeText(upload({ kind: 'waiting' }), vi, countVi)).toBe('Đang chờ tải lên “Tờ trình 415.pdf”');
    expect(uploadOutcomeText(upload({ kind: 'uploading', fraction: 0.4 }), vi, countVi)).toBe('Đang tải lên “Tờ trình 415.pdf”');
    expect(uploadOutcomeText(upload({ kind: 'checking' }), vi, countVi)).toBe('Đang kiểm tra “Tờ trình 415.pdf”…');
  });

  it('says "Đã thêm" for an accepted file, and the XFA warning for an XFA-only form', () => {
    expect(uploadOutcomeText(upload({ kind: 'added', warnings: [] }), vi, countVi)).toBe('Đã thêm “Tờ trình 415.pdf”');
    expect(uploadOutcomeText(upload({ kind: 'added', warnings: ['xfa_only'] }), vi, countVi)).toContain('biểu mẫu XFA');
  });
});
