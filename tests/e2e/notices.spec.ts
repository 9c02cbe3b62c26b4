/**
 * Notices and help requests in real browsers: a notice from the console
 * reaches three touch iPads, each acknowledges it, and the console counts
 * them; a waiting notice never covers an open ballot's buttons; a help
 * request from an iPad reaches the console with a chime and a badge.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { asChair, createVote, openTouchIpad } from './ipadBallot';

/** Counts the notes the console's Web Audio chime starts, so the test can tell the sound was made. */
async function countChimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { chimeNotes: number };
    counted.chimeNotes = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function createCountedOscillator(this: AudioContext) {
      counted.chimeNotes += 1;
      return original.call(this);
    };
  });
}

test('a notice from the console reaches every iPad, each acknowledges it with "Đã nhận", and the console counts them', async ({ hub, browser, openConsole }) => {
  const ipads = await Promise.all([1, 2, 3].map((seat) => openTouchIpad(browser, hub, seat)));
  const desk = await openConsole();
  await desk.getByRole('tab', { name: 'Thông báo' }).click();
  await desk.getByTestId('notice-text').fill('Tài liệu bổ sung cho nội dung 5 đã có trên iPad');
  await desk.getByTestId('notice-send').click();

  const total = hub.engine.state().seats.length + hub.engine.state().guests.length;
  const row = desk.getByTestId('notice-row');
  await expect(row).toContainText('Gửi tất cả');
  await expect(row.getByTestId('notice-acknowledged')).toHaveText(`Đã nhận 0/${total}`);

  for (const [index, ipad] of ipads.entries()) {
    const banner = ipad.page.getByTestId('notice-banner');
    await expect(banner).toBeVisible();
    if (index === 0) await ipad.page.screenshot({ path: 'test-results/notices/ipad-notice-banner.png' });
    await expect(banner.getByTestId('notice-banner-text')).toHaveText('Tài liệu bổ sung cho nội dung 5 đã có trên iPad');
    await banner.getByRole('button', { name: 'Đã nhận' }).tap();
    await expect(banner).toHaveCount(0);
    await expect(row.getByTestId('notice-acknowledged')).toHaveText(`Đã nhận ${index + 1}/${total}`);
  }

  // A reload brings back only what is still to acknowledge: nothing here.
  const [first] = ipads;
  if (!first) throw new Error('no iPad');
  await first.page.reload();
  await first.page.getByTestId('session-title').waitFor();
  await expect(first.page.getByTestId('delegate-seat')).toBeVisible();
  await expect(first.page.getByTestId('notice-banner')).toHaveCount(0);
  for (const ipad of ipads) await ipad.context.close();
});

test('a notice to one seat shows on that iPad only, and a newly opened iPad shows the notices it has not acknowledged', async ({ hub, browser, openConsole }) => {
  const [seatFour, seatFive] = await Promise.all([4, 5].map((seat) => openTouchIpad(browser, hub, seat)));
  if (!seatFour || !seatFive) throw new Error('no iPad');
  const desk = await openConsole();
  await desk.getByRole('tab', { name: 'Thông báo' }).click();
  await desk.getByTestId('notice-to-seat').check();
  await desk.getByTestId('notice-seat').selectOption('4');
  await desk.getByTestId('notice-text').fill('Mời Đại biểu chuẩn bị phát biểu');
  await desk.getByTestId('notice-send').click();
  await expect(seatFour.page.getByTestId('notice-banner-text')).toHaveText('Mời Đại biểu chuẩn bị phát biểu');
  await expect(desk.getByTestId('notice-acknowledged')).toHaveText('Đã nhận 0/1');

  await desk.getByLabel('Tất cả iPad (đại biểu và khách mời)').check();
  await desk.getByTestId('notice-text').fill('Giải lao 15 phút');
  await desk.getByTestId('notice-send').click();
  await expect(seatFive.page.getByTestId('notice-banner-text')).toHaveText('Giải lao 15 phút');
  // Seat 4 sees its own notice first, and that one more waits.
  await expect(seatFour.page.getByTestId('notice-banner')).toContainText('Còn 1 thông báo khác');
  await expect(seatFive.page.getByTestId('notice-banner')).not.toContainText('Còn');

  const late = await openTouchIpad(browser, hub, 6);
  await expect(late.page.getByTestId('notice-banner-text')).toHaveText('Giải lao 15 phút');
  await expect(late.page.getByTestId('notice-banner')).not.toContainText('Còn');
  for (const ipad of [seatFour, seatFive, late]) await ipad.context.close();
});

test('a waiting notice never covers an open ballot: the ballot takes the screen and its buttons take taps', async ({ hub, browser }) => {
  const ipad = await openTouchIpad(browser, hub, 7);
  const secretary = { id: 'secretary', role: 'secretary' as const, seat: null, generation: 1 };
  const sent = hub.engine.execute(secretary, { type: 'notice.send', text: 'Thông báo trong lúc biểu quyết' });
  expect(sent.ok).toBe(true);
  await expect(ipad.page.getByTestId('notice-banner')).toBeVisible();
  const voteId = createVote(hub, { secret: false });
  asChair(hub, { type: 'vote.open', voteId });
  const overlay = ipad.page.getByTestId('vote-overlay');
  await expect(overlay).toBeVisible();
  // The banner is still there, under the ballot: what is on top at its centre belongs to the ballot.
  const box = await ipad.page.getByTestId('notice-banner').boundingBox();
  if (!box) throw new Error('the banner has no box');
  const onTop = await ipad.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="vote-overlay"]') !== null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(onTop).toBe(true);
  // Playwright taps only what is on top at the button's centre: a covering banner would fail this.
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã biểu quyết');
  await ipad.context.close();
});

test('a help request and a note from an iPad reach the console with a chime and a badge, and "Đã xử lý" clears the badge', async ({ hub, browser, openConsole, page }) => {
  await countChimes(page);
  const desk = await openConsole();
  await expect(desk.getByTestId('session-title')).toBeVisible();
  await expect(desk.getByTestId('help-badge')).toHaveCount(0);
  const ipad = await openTouchIpad(browser, hub, 8);
  const name = hub.engine.state().seats.find((seat) => seat.seat === 8)?.name ?? '';

  await ipad.page.getByTestId('help-menu-open').tap();
  await ipad.page.screenshot({ path: 'test-results/notices/ipad-help-menu.png' });
  await ipad.page.getByTestId('help-technical').tap();
  await expect(ipad.page.getByTestId('help-outcome')).toHaveText('Đã gửi yêu cầu hỗ trợ. Kỹ thuật viên sẽ đến ngay.');
  const badge = desk.getByTestId('help-badge');
  await expect(badge).toHaveText(/1 yêu cầu hỗ trợ chưa xử lý/);
  await expect.poll(() => desk.evaluate(() => (window as unknown as { chimeNotes: number }).chimeNotes)).toBeGreaterThan(0);

  await ipad.page.getByTestId('help-note-text').fill('Xin thêm bản in tờ trình số 12');
  await ipad.page.getByTestId('help-note-send').tap();
  await expect(ipad.page.getByTestId('help-outcome')).toHaveText('Đã gửi ghi chú cho Thư ký.');
  await expect(badge).toHaveText(/2 yêu cầu hỗ trợ chưa xử lý/);

  await badge.click();
  const rows = desk.getByTestId('help-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Yêu cầu hỗ trợ kỹ thuật`);
  await expect(rows.nth(0)).toContainText(`Ghế 8 · ${name}`);
  await expect(rows.nth(1)).toContainText('Xin thêm bản in tờ trình số 12');
  await desk.screenshot({ path: 'test-results/notices/console-help-requests.png' });
  await rows.nth(0).getByTestId('help-resolve').click();
  await expect(badge).toHaveText(/1 yêu cầu hỗ trợ chưa xử lý/);
  await desk.getByTestId('help-row').filter({ hasText: 'Xin thêm bản in' }).getByTestId('help-resolve').click();
  await expect(badge).toHaveCount(0);
  await expect(desk.locator('[data-testid="help-row"][data-open="true"]')).toHaveCount(0);
  await ipad.context.close();
});
