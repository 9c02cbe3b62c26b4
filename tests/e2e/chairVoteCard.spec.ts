/**
 * The chair's card on a 1366×768 laptop: the rule in words before the vote
 * opens, the number needed once it is open, and who has not voted split into
 * delegates present and seats absent.
 */
import type { Principal } from '../../src/shared/protocol';
import { resolutionCommand } from '../helpers/voting';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

test('the chair’s card shows the rule, the number needed, and separates present non-voters from absent seats, on a 1366×768 laptop', async ({ hub, page, openIpad }, testInfo) => {
  const created = hub.engine.execute(secretary, resolutionCommand({ title: 'Nghị quyết về dự toán ngân sách năm 2027' }));
  expect(created.ok).toBe(true);
  const ipads = await Promise.all([2, 3].map((seat) => openIpad(seat)));
  for (const { page: ipad } of ipads) await expect(ipad.getByTestId('session-title')).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 768 });
  const chairLink = hub.pairingLinks().find((link) => link.role === 'chair');
  await page.goto(chairLink?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
  await page.getByRole('tab', { name: 'Biểu quyết' }).click();
  const card = page.getByTestId('vote-card');
  await expect(card.getByTestId('vote-card-rule')).toHaveText('Thông qua khi trên một nửa tổng số đại biểu tán thành');

  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(card).toHaveAttribute('data-status', 'open');
  await expect(card.getByTestId('vote-card-rule')).toHaveText('Cần ít nhất 16/30 phiếu tán thành');

  const overlay = ipads[0]?.page.getByTestId('vote-overlay');
  await overlay?.getByRole('button', { name: /^Tán thành —/ }).click();
  await overlay?.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).click();
  await expect(overlay?.getByTestId('vote-done') ?? card).toBeVisible();

  await expect(card.getByTestId('vote-progress')).toHaveText('1/30 đã biểu quyết');
  const seatName = (seat: number) => hub.engine.state().seats.find((s) => s.seat === seat)?.name ?? '';
  await expect(card.getByTestId('vote-not-voted-present')).toHaveText(`Đang kết nối, chưa biểu quyết (1): 3. ${seatName(3)}`);
  await expect(card.getByTestId('vote-not-voted-absent')).toContainText('Không kết nối, chưa biểu quyết (28): 1. ');
  await expect(card.getByTestId('vote-not-voted-absent')).not.toContainText(seatName(2));
  await expect(card.getByTestId('vote-not-voted-absent')).not.toContainText(`3. ${seatName(3)}`);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(card.getByRole('button', { name: 'Kết thúc biểu quyết' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('chair-1366x768.png') });

  // With no iPad connected, the card must not say that everyone present has voted.
  for (const { page: ipad } of ipads) await ipad.context().close();
  await expect(card.getByTestId('vote-not-voted-present')).toHaveText('Chưa biểu quyết: không đại biểu nào trong số này đang kết nối');
  await expect(card.getByTestId('vote-not-voted-absent')).toContainText('Không kết nối, chưa biểu quyết (29): ');
});
