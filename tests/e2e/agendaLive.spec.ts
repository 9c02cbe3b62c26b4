import { expect, test } from './fixtures';

test.describe('the agenda, live on every iPad', () => {
  test('three iPads pair through their links and show the item the secretary sets in the console', async ({ hub, openConsole, openIpad }) => {
    const console = await openConsole();
    const ipads = await Promise.all([3, 14, 27].map((seat) => openIpad(seat)));
    const title = hub.engine.state().session?.title ?? '';
    for (const { page, seat } of ipads) {
      await expect(page.getByTestId('session-title')).toHaveText(title);
      await expect(page.getByTestId('delegate-seat')).toContainText(`Ghế ${seat}`);
      await expect(page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();
      await expect(page.getByTestId('current-item-title')).toHaveText('Chưa bắt đầu nội dung nào');
    }

    const item = hub.engine.state().agenda[3];
    if (!item) throw new Error('the demo agenda has fewer than 4 items');
    await console.getByTestId('console-item').nth(3).getByRole('button', { name: 'Chuyển đến nội dung này' }).click();
    await expect(console.getByTestId('console-item').nth(3)).toContainText('Đang diễn ra');

    for (const { page } of ipads) {
      await expect(page.getByTestId('current-item-title')).toContainText(item.title);
      await expect(page.getByTestId('agenda-item-current')).toContainText(item.title);
    }
  });

  test('an iPad that goes offline comes back on its own and shows the item set while it was away', async ({ hub, openConsole, openIpad }) => {
    const console = await openConsole();
    const away = await openIpad(8);
    const stays = await openIpad(9);
    await expect(away.page.getByTestId('session-title')).toBeVisible();

    await away.context.setOffline(true);
    await expect(away.page.locator('[data-status="offline"]')).toBeVisible();

    const item = hub.engine.state().agenda[5];
    await console.getByTestId('console-item').nth(5).getByRole('button', { name: 'Chuyển đến nội dung này' }).click();
    await expect(stays.page.getByTestId('current-item-title')).toContainText(item?.title ?? '');
    await expect(away.page.getByTestId('current-item-title')).toHaveText('Chưa bắt đầu nội dung nào');

    await away.context.setOffline(false);
    await expect(away.page.locator('[data-status="online"]')).toBeVisible();
    await expect(away.page.getByTestId('current-item-title')).toContainText(item?.title ?? '');
  });

  test('an iPad that reloads stays paired and shows the current state, with the token gone from the address bar', async ({ hub, openIpad }) => {
    const ipad = await openIpad(21);
    await expect(ipad.page.getByTestId('delegate-seat')).toContainText('Ghế 21');
    expect(new URL(ipad.page.url()).hash).toBe('');
    const item = hub.engine.state().agenda[1];
    hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: item?.id ?? null });
    await ipad.page.reload();
    await expect(ipad.page.getByTestId('delegate-seat')).toContainText('Ghế 21');
    await expect(ipad.page.getByTestId('current-item-title')).toContainText(item?.title ?? '');
  });

  test('an iPad whose link was reissued is told so and asked to scan the new code', async ({ openConsole, openIpad }) => {
    const console = await openConsole();
    const ipad = await openIpad(5);
    await expect(ipad.page.getByTestId('delegate-seat')).toBeVisible();
    await console.getByRole('tab', { name: 'Đại biểu' }).click();
    await console.getByTestId('delegate-row').nth(4).getByRole('button', { name: 'Mã QR' }).click();
    console.once('dialog', (dialog) => void dialog.accept());
    await console.getByRole('button', { name: 'Cấp lại liên kết' }).click();
    await expect(ipad.page.getByRole('alert')).toContainText('Liên kết này đã được thay');
    await ipad.page.reload();
    await expect(ipad.page.getByRole('alert')).toContainText('Thiết bị chưa được ghép nối');
  });

  test('a page opened without a link explains how to pair', async ({ hub, page }) => {
    await page.goto(`${hub.localUrl}/`);
    await expect(page).toHaveURL(/\/delegate\/$/);
    await expect(page.getByRole('alert')).toContainText('quét mã QR');
  });
});
