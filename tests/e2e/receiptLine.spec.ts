/**
 * Issue 12: the receipt line rendered in spaced-out monospace, and "phiếu"
 * came out as "phiêú". Only the code is monospace and spaced; the words are in
 * the reading font with normal spacing, and arrive composed (NFC).
 */
import { asChair, createVote, openTouchIpad } from './ipadBallot';
import { expect, test } from './fixtures';

test('the receipt line sets only the code in monospace; "Mã xác nhận phiếu" is in the reading font, unspaced and composed', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về kế hoạch đầu tư công năm 2027', secret: false });
  const ipad = await openTouchIpad(browser, hub, 5);
  asChair(hub, { type: 'vote.open', voteId });
  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  const line = overlay.getByTestId('vote-receipt');
  await expect(line).toContainText('Mã xác nhận phiếu:');

  const styles = await line.evaluate((element) => {
    const code = element.querySelector('.vote-receipt') as HTMLElement;
    const words = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('');
    const of = (styled: Element) => ({ family: getComputedStyle(styled).fontFamily, spacing: getComputedStyle(styled).letterSpacing });
    return { words, wordsStyle: of(element), codeStyle: of(code), code: code.textContent ?? '' };
  });
  expect(styles.words).toContain('phiếu'.normalize('NFC'));
  expect(styles.words.normalize('NFC')).toBe(styles.words);
  expect(styles.wordsStyle.family).not.toMatch(/mono|menlo|courier/i);
  expect(styles.wordsStyle.spacing).toBe('normal');
  expect(styles.codeStyle.family).toMatch(/monospace/);
  expect(styles.codeStyle.spacing).not.toBe('normal');
  expect(styles.code).toMatch(/^[A-Z0-9-]+$/);
  await ipad.context.close();
});
