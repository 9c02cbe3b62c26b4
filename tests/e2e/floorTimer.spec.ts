/**
 * The floor in browsers: an iPad requests to speak, the chair gives the floor
 * from the console, and the speaker's countdown runs on the console, on the
 * iPad and on the big screen, warns in the last 30 s and shows the overrun in
 * red. The hub's clock is
 * moved on by the test (7 minutes are not waited out); the devices follow it
 * through the pongs that keep their clock offset fresh, as they would follow
 * real time.
 */
import { devices } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test } from './fixtures';

/** Long enough for a ping (every 10 s) to bring the hub's moved clock to every device. */
const FOLLOWS_WITHIN_MS = 15_000;

let dir: string;
let hub: Hub;
let hubClockShiftMs = 0;
test.beforeEach(async () => {
  hubClockShiftMs = 0;
  dir = makeDataDir();
  hub = await startTestHub(dir, { sessionNow: () => Date.now() + hubClockShiftMs });
});
test.afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

function linkOf(match: (link: ReturnType<Hub['pairingLinks']>[number]) => boolean): string {
  const link = hub.pairingLinks().find(match);
  if (!link) throw new Error('no such pairing link');
  return link.url.replace(hub.publicUrl, hub.localUrl);
}

async function expectTimer(page: Page, phase: 'running' | 'warning' | 'overrun', status: string, time: RegExp) {
  const timer = page.getByTestId('speech-timer');
  await expect(timer).toHaveAttribute('data-phase', phase, { timeout: FOLLOWS_WITHIN_MS });
  await expect(timer.getByTestId('speech-timer-status')).toHaveText(status);
  await expect(timer.getByTestId('speech-timer-time')).toHaveText(time);
}

test('an iPad requests to speak, the chair gives the floor, and the timer runs on the console, the iPad and the big screen, warns, and overruns', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const ipadContext = await browser.newContext({ ...devices['iPad Pro 11'] });
  const ipad = await ipadContext.newPage();
  await ipad.goto(linkOf((link) => link.seat === 5));
  await expect(ipad.getByTestId('session-title')).toBeVisible();

  const screenContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const screen = await screenContext.newPage();
  await screen.goto(linkOf((link) => link.role === 'screen'));

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(linkOf((link) => link.role === 'chair'));
  await page.getByRole('tab', { name: 'Phát biểu' }).click();
  await expect(page.getByTestId('floor-queue-empty')).toBeVisible();

  // The delegate requests the floor for a discussion.
  const bar = ipad.getByTestId('floor-bar');
  await bar.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  await bar.getByRole('button', { name: 'Thảo luận' }).click();
  await expect(ipad.getByTestId('floor-place')).toHaveText('Đại biểu đang ở vị trí thứ 1 trong danh sách đăng ký.');

  // The chair sees the request and gives the floor.
  const name = hub.engine.state().seats.find((seat) => seat.seat === 5)?.name ?? '';
  const request = page.getByTestId('floor-request');
  await expect(request).toContainText(name);
  await expect(request).toContainText('Thảo luận');
  await request.getByRole('button', { name: 'Mời phát biểu' }).click();
  await expect(page.getByTestId('floor-turn-name')).toHaveText(name);
  await expect(bar).toContainText('Mời Đại biểu phát biểu');

  // Seven minutes for a discussion, counting down on both.
  for (const device of [page, ipad, screen]) await expectTimer(device, 'running', 'Còn lại', /^(7:00|6:5\d)$/);
  await page.screenshot({ path: testInfo.outputPath('floor-console-running.png') });

  // The hub's clock moves on to 28 s before the limit: the last 30 s are a warning, in words.
  // (Real time runs on while the devices wait for their next pong, so the figures are ranges.)
  hubClockShiftMs = 7 * 60_000 - 28_000;
  for (const device of [page, ipad, screen]) await expectTimer(device, 'warning', 'Sắp hết giờ', /^0:([01]\d|2[0-8])$/);
  await ipad.screenshot({ path: testInfo.outputPath('floor-ipad-warning.png') });

  // Past the limit: the overrun, counted up, in red.
  hubClockShiftMs = 7 * 60_000 + 5_000;
  for (const device of [page, ipad, screen]) {
    await expectTimer(device, 'overrun', 'Quá giờ', /^\+0:[0-2]\d$/);
    const background = await device.getByTestId('speech-timer').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(176, 0, 32)');
  }
  await page.screenshot({ path: testInfo.outputPath('floor-console-overrun.png') });
  await screen.screenshot({ path: testInfo.outputPath('floor-screen-overrun.png') });
  await ipad.screenshot({ path: testInfo.outputPath('floor-ipad-overrun.png') });

  // The chair adds a minute: the speaker is back in time; then ends the turn.
  await page.getByRole('button', { name: '+1 phút' }).click();
  for (const device of [page, ipad, screen]) await expectTimer(device, 'running', 'Còn lại', /^0:[3-5]\d$/);
  await page.getByRole('button', { name: 'Kết thúc' }).click();
  await expect(page.getByTestId('floor-turn')).toContainText('Chưa có ai phát biểu.');
  await expect(bar.getByRole('button', { name: 'Đăng ký phát biểu' })).toBeVisible();
  await expect(page.getByTestId('floor-ended')).toContainText(name);
  await ipadContext.close();
  await screenContext.close();
});

test('the chair reorders the queue with the buttons and by drag and drop; a delegate withdraws', async ({ page, browser }) => {
  const contexts = await Promise.all([3, 4, 6].map(() => browser.newContext({ ...devices['iPad Pro 11'] })));
  const ipads = await Promise.all(contexts.map((context) => context.newPage()));
  const seats = [3, 4, 6];
  for (const [index, ipad] of ipads.entries()) {
    await ipad.goto(linkOf((link) => link.seat === seats[index]));
    const bar = ipad.getByTestId('floor-bar');
    await bar.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
    await bar.getByRole('button', { name: index === 1 ? 'Chất vấn' : 'Thảo luận' }).click();
    await expect(ipad.getByTestId('floor-place')).toHaveText(`Đại biểu đang ở vị trí thứ ${index + 1} trong danh sách đăng ký.`);
  }
  const nameOf = (seat: number) => hub.engine.state().seats.find((candidate) => candidate.seat === seat)?.name ?? '';
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(linkOf((link) => link.role === 'chair'));
  await page.getByRole('tab', { name: 'Phát biểu' }).click();
  const rows = page.getByTestId('floor-request');
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: `Đưa ${nameOf(6)} lên trên` }).click();
  await expect(rows.nth(1)).toContainText(nameOf(6));
  await expect(ipads[2]?.getByTestId('floor-place') ?? rows).toHaveText('Đại biểu đang ở vị trí thứ 2 trong danh sách đăng ký.');

  // Drag the last row onto the first.
  await rows.nth(2).dragTo(rows.nth(0));
  await expect(rows.nth(0)).toContainText(nameOf(4));
  await expect(ipads[1]?.getByTestId('floor-place') ?? rows).toHaveText('Đại biểu đang ở vị trí thứ 1 trong danh sách đăng ký.');

  await ipads[0]?.getByRole('button', { name: 'Rút đăng ký' }).click();
  await expect(rows).toHaveCount(2);
  await expect(ipads[0]?.getByRole('button', { name: 'Đăng ký phát biểu' }) ?? rows).toBeVisible();
  for (const context of contexts) await context.close();
});

test('the chair invites a presenter from the roster, whose own iPad then shows the countdown, and the pause in words', async ({ page, browser }) => {
  const ipadContext = await browser.newContext({ ...devices['iPad Pro 11'] });
  const ipad = await ipadContext.newPage();
  await ipad.goto(linkOf((link) => link.seat === 7));
  await expect(ipad.getByTestId('session-title')).toBeVisible();
  const name = hub.engine.state().seats.find((seat) => seat.seat === 7)?.name ?? '';

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(linkOf((link) => link.role === 'chair'));
  await page.getByRole('tab', { name: 'Phát biểu' }).click();
  await page.getByLabel('Người được mời (có iPad)').selectOption({ label: name });
  await expect(page.getByLabel('Họ và tên')).toHaveValue(name);
  await page.getByLabel('Hình thức').selectOption({ label: 'Trình bày báo cáo' });
  await page.getByRole('button', { name: 'Mời', exact: true }).click();

  await expect(page.getByTestId('floor-turn-name')).toHaveText(name);
  const bar = ipad.getByTestId('floor-bar');
  await expect(bar).toContainText('Mời Đại biểu phát biểu');
  await expect(bar).toContainText('Trình bày báo cáo');
  // A report has 15 minutes by default.
  await expectTimer(ipad, 'running', 'Còn lại', /^(15:00|14:5\d)$/);

  await page.getByRole('button', { name: 'Tạm dừng' }).click();
  for (const device of [page, ipad]) {
    await expect(device.getByTestId('speech-timer')).toHaveAttribute('data-paused', 'true');
    await expect(device.getByTestId('speech-timer-status')).toHaveText('Tạm dừng');
  }
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(ipad.getByTestId('speech-timer')).toHaveAttribute('data-paused', 'false');
  await ipadContext.close();
});
