import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../src/shared/i18n/translate';
import type { Translate } from '../../../../../src/renderer/ui/language';
import { catalogFailureText } from '../../../../../src/renderer/console/lobby/catalogFailureText';

const vi: Translate = (key, ...params) => translate('vi', key, ...params);

describe('what the lobby says when the hub refuses', () => {
  it('names the running session that must end first', () => {
    expect(catalogFailureText(vi, { error: 'session_running', sessionId: 'k3', title: 'Kỳ họp thứ Ba' })).toBe(
      'Kỳ họp “Kỳ họp thứ Ba” đang họp. Hãy bế mạc kỳ họp đó trước khi mở kỳ họp khác.',
    );
  });

  it('says nothing changed when the hub cannot be reached', () => {
    expect(catalogFailureText(vi, { error: 'offline' })).toBe('Không kết nối được với máy chủ; không có gì thay đổi. Xin thử lại.');
  });

  it('uses the protocol’s own words for a code it knows, and shows an unknown code rather than hiding it', () => {
    expect(catalogFailureText(vi, { error: 'session_ended' })).toBe('Kỳ họp đã bế mạc; chỉ xem, không thay đổi được.');
    expect(catalogFailureText(vi, { error: 'not_implemented' })).toBe('Máy chủ không thực hiện được yêu cầu (not_implemented); không có gì thay đổi.');
  });

  it('names the first bad event of a broken record and what is wrong with it', () => {
    const chain = { sessionId: 'k3', seq: 42, type: 'vote.closed', kind: 'content' as const, reason: 'hash does not match content' };
    expect(catalogFailureText(vi, { error: 'chain_broken', title: 'Kỳ họp thứ Ba', chain })).toBe(
      'Hồ sơ kỳ họp “Kỳ họp thứ Ba” bị hỏng ở sự kiện số 42 (vote.closed): nội dung sự kiện đã bị sửa. Kỳ họp không được mở để làm việc; chỉ có thể mở để xem.',
    );
  });

  it('says why an archive was refused: newer, unsafe, too large, or damaged', () => {
    expect(catalogFailureText(vi, { error: 'bad_archive', reason: 'newer_format' })).toBe('Bản lưu do phiên bản Chamber mới hơn tạo ra: hãy cập nhật Chamber trước.');
    expect(catalogFailureText(vi, { error: 'bad_archive', reason: 'unsafe_entry' })).toMatch(/không hợp lệ/);
    expect(catalogFailureText(vi, { error: 'too_large', reason: 'too_large' })).toBe('Bản lưu quá lớn; không có gì được ghi.');
    expect(catalogFailureText(vi, { error: 'bad_archive' })).toBe('Bản lưu bị hỏng, bị cắt cụt hoặc đã bị sửa; không có gì được ghi.');
  });

  it('names the session an archive would have overwritten', () => {
    expect(catalogFailureText(vi, { error: 'already_exists', sessionId: 'k3', title: 'Kỳ họp thứ Ba' })).toBe('Kỳ họp “Kỳ họp thứ Ba” đã có trên máy này; bản lưu không ghi đè lên kỳ họp đã có.');
  });
});
