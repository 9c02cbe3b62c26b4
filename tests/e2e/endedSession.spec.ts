/**
 * A session that has ended (bế mạc) is a record: the iPad says so and offers
 * nothing more to do, while its documents stay readable; the console stops
 * offering to handle what is left and drops its help alert.
 */
import type { Principal } from '../../src/shared/protocol';
import { expect, test } from './fixtures';
import { openTouchIpad } from './ipadBallot';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const seat2: Principal = { id: 'seat-2', role: 'delegate', seat: 2, generation: 1 };

test('after Bế mạc the iPad says the session has ended and offers no request, question, roll or help; the console no longer offers to handle help', async ({
  hub,
  browser,
  openConsole,
}) => {
  expect(hub.engine.execute(seat2, { type: 'help.request', kind: 'technical' }).ok).toBe(true);
  const ipad = await openTouchIpad(browser, hub, 2);
  const desk = await openConsole();
  await expect(ipad.page.getByTestId('floor-bar')).toBeVisible();
  await expect(ipad.page.getByTestId('help-menu-open')).toBeVisible();
  await expect(desk.getByTestId('help-badge')).toBeVisible();

  expect(hub.engine.execute(secretary, { type: 'session.end' }).ok).toBe(true);

  await expect(ipad.page.getByTestId('session-status')).toHaveText(
    'Kỳ họp đã bế mạc. Tài liệu vẫn đọc được; không còn đăng ký phát biểu, chất vấn hay điểm danh.',
  );
  await expect(ipad.page.getByTestId('floor-bar')).toHaveCount(0);
  await expect(ipad.page.getByTestId('help-menu-open')).toHaveCount(0);
  await expect(ipad.page.getByRole('button', { name: 'Tôi có mặt' })).toHaveCount(0);
  await expect(ipad.page.getByRole('button', { name: /Đăng ký chất vấn/ })).toHaveCount(0);
  // The documents stay readable.
  await ipad.page.locator('.delegate-agenda button').first().click();
  await expect(ipad.page.getByTestId('reader-title')).toHaveText('Chương trình kỳ họp');

  await expect(desk.getByTestId('help-badge')).toHaveCount(0);
  await desk.getByRole('tab', { name: 'Thông báo' }).click();
  await expect(desk.getByTestId('help-row')).toHaveCount(1);
  await expect(desk.getByTestId('help-resolve')).toHaveCount(0);
  await expect(desk.getByTestId('notice-send')).toHaveCount(0);
  await ipad.context.close();
});
