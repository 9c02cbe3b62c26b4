import { describe, expect, it } from 'vitest';
import { hubStoppedPageUrl } from '../../../src/main/hubStoppedPage';
import { translate } from '../../../src/shared/i18n/translate';

function pageHtml(url: string): string {
  const prefix = 'data:text/html;charset=utf-8,';
  expect(url.startsWith(prefix)).toBe(true);
  return decodeURIComponent(url.slice(prefix.length));
}

describe('hubStoppedPageUrl', () => {
  it('says in Vietnamese that the hub keeps stopping, with its exit code, and that the data is safe', () => {
    const html = pageHtml(hubStoppedPageUrl(137));
    expect(html).toContain('lang="vi"');
    expect(html).toContain(translate('vi', 'desktop.hubStoppedTitle'));
    expect(html).toContain('137');
    expect(html).toContain('an toàn trên ổ đĩa');
  });
});
