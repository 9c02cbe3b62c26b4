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
});
