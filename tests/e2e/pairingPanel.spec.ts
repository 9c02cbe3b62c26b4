/**
 * The pairing tab on a console that may be mirrored to the projector: the
 * chair's and the big screen's codes stay hidden until "Hiện mã", hide again
 * after 30 s, and never show while a presentation is on. The seat cards
 * address the one delegate of their seat.
 */
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { expect, test } from './fixtures';

test.describe('the staff codes on the pairing tab', () => {
  test('are hidden by default, shown after "Hiện mã", still shown at 29 s and hidden again at 30 s', async ({ openConsole, hub }) => {
    const console = await openConsole();
    await console.clock.install();
    await console.reload();
    await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
    const staff = console.getByTestId('staff-links');
    const chairUrl = hub.pairingLinks().find((link) => link.role === 'chair')?.url ?? '';
    await expect(staff.getByTestId('staff-link')).toHaveCount(2);
    await expect(staff.getByRole('img')).toHaveCount(0);
    await expect(staff.getByText('Mã đã ẩn')).toHaveCount(2);
    await expect(console.getByText(chairUrl)).toHaveCount(0);

    await staff.getByRole('button', { name: 'Hiện mã' }).click();
    await expect(staff.getByRole('img', { name: 'Chủ tọa' })).toBeVisible();
    await expect(staff.getByRole('img', { name: 'Màn hình lớn' })).toBeVisible();
    await expect(console.getByText(chairUrl)).toBeVisible();

    await console.clock.fastForward(29_000);
    await expect(staff.getByRole('img', { name: 'Chủ tọa' })).toBeVisible();
    await console.clock.fastForward(1_000);
    await expect(staff.getByRole('img')).toHaveCount(0);
    await expect(console.getByText(chairUrl)).toHaveCount(0);
    await expect(staff.getByRole('button', { name: 'Hiện mã' })).toBeEnabled();
  });

  test('"Ẩn mã" hides them at once', async ({ openConsole }) => {
    const console = await openConsole();
    await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
    const staff = console.getByTestId('staff-links');
    await staff.getByRole('button', { name: 'Hiện mã' }).click();
    await expect(staff.getByRole('img')).toHaveCount(2);
    await staff.getByRole('button', { name: 'Ẩn mã' }).click();
    await expect(staff.getByRole('img')).toHaveCount(0);
  });

  test('are hidden while a presentation is on, cannot be shown then, and stay hidden when it stops', async ({ openConsole, hub }) => {
    const console = await openConsole();
    await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
    const staff = console.getByTestId('staff-links');
    await staff.getByRole('button', { name: 'Hiện mã' }).click();
    await expect(staff.getByRole('img')).toHaveCount(2);

    const document = hub.engine.state().documents[0];
    if (!document) throw new Error('The demo session has no document');
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    try {
      expect((await secretary.command({ type: 'presentation.show', documentId: document.id, page: 1, offset: 0 })).type).toBe('ack');
      await expect(staff.getByRole('img')).toHaveCount(0);
      await expect(staff).toContainText('Đang trình chiếu: mã của chủ tọa và màn hình lớn không được hiện.');
      await expect(staff.getByRole('button', { name: 'Hiện mã' })).toBeDisabled();

      expect((await secretary.command({ type: 'presentation.stop' })).type).toBe('ack');
      await expect(staff.getByRole('button', { name: 'Hiện mã' })).toBeEnabled();
      await expect(staff.getByRole('img')).toHaveCount(0);
    } finally {
      secretary.close();
    }
  });
});

test('each seat card addresses its one delegate, and a plain-HTTP hub says nothing of a certificate', async ({ openConsole }) => {
  const console = await openConsole();
  await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
  const cards = console.getByTestId('pairing-card');
  await expect(cards).toHaveCount(30);
  await expect(cards.first()).toContainText('Đại biểu quét mã này bằng camera iPad để mở ứng dụng.');
  await expect(console.getByText(/Mỗi đại biểu/)).toHaveCount(0);
  await expect(console.getByText(/Không cần cài đặt/)).toHaveCount(0);
  await expect(console.getByText(/chứng nhận/)).toHaveCount(0);
  await expect(console.getByTestId('ipad-setup')).toHaveCount(0);
});
