/**
 * Issue 15, words and forms a user sees: the language button's accessible name
 * holds its visible text (WCAG 2.5.3), the reader's fit button says what it
 * does, a sitting's date reads the same on the console and the iPad, the ballot heading takes the focus without a ring after a tap, and the
 * result chip hugs its text.
 */
import { formatLongDate } from '../../src/shared/i18n/formatDate';
import { expect, test } from './fixtures';
import { asChair, createVote, openTouchIpad } from './ipadBallot';

test.describe('words and forms', () => {
  test('the language button is found by the text it shows, in both languages (WCAG 2.5.3, label in name)', async ({ openConsole }) => {
    const console = await openConsole();
    const toEnglish = console.getByRole('button', { name: 'English' });
    await expect(toEnglish).toHaveText('English');
    await expect(toEnglish).toHaveAccessibleName(/^English\b/);
    await toEnglish.click();
    const toVietnamese = console.getByRole('button', { name: 'Tiếng Việt' });
    await expect(toVietnamese).toHaveText('Tiếng Việt');
    await expect(toVietnamese).toHaveAccessibleName(/^Tiếng Việt\b/);
    await expect(console.getByRole('tab', { name: 'Agenda' })).toBeVisible();
  });

  test('the reader fit button says "Vừa màn hình" (and "Fit to screen" in English)', async ({ openIpad }) => {
    const ipad = await openIpad(4);
    await ipad.page.getByTestId('document-button').first().click();
    await expect(ipad.page.getByRole('button', { name: 'Vừa màn hình' })).toBeVisible();
    await expect(ipad.page.getByText('Vừa khổ')).toHaveCount(0);
    await ipad.page.getByRole('button', { name: 'English' }).click();
    await expect(ipad.page.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
  });

  test('the console and the iPad write a sitting date the same way, in the long Vietnamese form', async ({ hub, openConsole, openIpad }) => {
    const sitting = hub.engine.state().sittings[0];
    if (!sitting) throw new Error('the demo session has no sitting');
    const longDate = formatLongDate('vi', sitting.date);
    expect(longDate).toMatch(/^Thứ .+, ngày \d{1,2} tháng \d{1,2} năm \d{4}$/);
    const console = await openConsole();
    await expect(console.getByRole('heading', { name: `${sitting.title} · ${longDate}` })).toBeVisible();
    const ipad = await openIpad(5);
    await expect(ipad.page.getByRole('heading', { name: `${sitting.title} · ${longDate}` })).toBeVisible();
  });

  test('when the ballot opens after a tap, its heading has the focus and shows no focus ring', async ({ hub, browser }) => {
    const voteId = createVote(hub, { title: 'Nghị quyết về kế hoạch đầu tư công năm 2027' });
    const ipad = await openTouchIpad(browser, hub, 6);
    asChair(hub, { type: 'vote.open', voteId });
    const overlay = ipad.page.getByTestId('vote-overlay');
    const heading = overlay.getByRole('heading', { name: 'Nghị quyết về kế hoạch đầu tư công năm 2027' });
    // Opened by the chair on an iPad nobody has touched yet: still no ring.
    await expect(heading).toBeFocused();
    await expect(heading).toHaveCSS('outline-style', 'none');

    await overlay.getByRole('button', { name: 'Xem tài liệu' }).tap();
    await ipad.page.getByTestId('vote-bar').getByRole('button', { name: 'Mở phiếu biểu quyết' }).tap();
    await expect(heading).toBeFocused();
    await expect(heading).toHaveCSS('outline-style', 'none');
    await ipad.context.close();
  });

  test('a delegate using a keyboard still sees the focus ring on the ballot heading', async ({ hub, browser }) => {
    const voteId = createVote(hub, { title: 'Nghị quyết về kế hoạch đầu tư công năm 2027' });
    const ipad = await openTouchIpad(browser, hub, 8);
    await ipad.page.keyboard.press('Tab');
    asChair(hub, { type: 'vote.open', voteId });
    const heading = ipad.page.getByTestId('vote-overlay').getByRole('heading', { name: 'Nghị quyết về kế hoạch đầu tư công năm 2027' });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveCSS('outline-style', 'solid');
    await ipad.context.close();
  });

  test('the "Kết quả biểu quyết" chip hugs its text instead of spanning the card', async ({ hub, browser }) => {
    const voteId = createVote(hub, { title: 'Nghị quyết về kế hoạch đầu tư công năm 2027' });
    const ipad = await openTouchIpad(browser, hub, 7);
    asChair(hub, { type: 'vote.open', voteId });
    asChair(hub, { type: 'vote.close', voteId });
    asChair(hub, { type: 'vote.publish', voteId });
    const overlay = ipad.page.getByTestId('result-overlay');
    const chip = overlay.getByText('Kết quả biểu quyết', { exact: true });
    for (const viewport of [{ width: 834, height: 1194 }, { width: 1194, height: 834 }]) {
      await ipad.page.setViewportSize(viewport);
      await expect(chip).toBeVisible();
      const chipBox = await chip.boundingBox();
      const cardBox = await overlay.locator('.vote-sheet').boundingBox();
      if (!chipBox || !cardBox) throw new Error('no layout');
      expect(chipBox.width).toBeLessThan(cardBox.width / 2);
    }
    await ipad.context.close();
  });
});
