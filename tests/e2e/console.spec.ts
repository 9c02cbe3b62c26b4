import { expect, test } from './fixtures';

test.describe('the console', () => {
  test('the secretary adds, edits, reorders and deletes agenda items, and an iPad follows every change', async ({ openConsole, openIpad }) => {
    const console = await openConsole();
    const ipad = await openIpad(2);
    const items = console.getByTestId('console-item');
    await expect(items).toHaveCount(8);

    await console.getByRole('button', { name: 'Thêm nội dung' }).click();
    await console.getByRole('button', { name: 'Lưu' }).click();
    await expect(console.getByText('Hãy nhập tên nội dung.')).toBeVisible();
    await console.getByLabel('Tên nội dung').fill('Tờ trình về chương trình giám sát năm 2027');
    await console.getByLabel('Loại').selectOption('report');
    await console.getByLabel('Người trình bày').fill('Phó Chủ tịch HĐND thành phố');
    await console.getByRole('button', { name: 'Lưu' }).click();
    await expect(items).toHaveCount(9);
    await expect(items.nth(8)).toContainText('Tờ trình về chương trình giám sát năm 2027');
    await expect(ipad.page.getByTestId('agenda-item')).toHaveCount(9);

    await items.nth(8).getByRole('button', { name: /Lên/ }).click();
    await expect(items.nth(7)).toContainText('Tờ trình về chương trình giám sát năm 2027');
    await expect(ipad.page.getByTestId('agenda-item').nth(7)).toContainText('Tờ trình về chương trình giám sát năm 2027');

    await items.nth(7).getByRole('button', { name: 'Sửa' }).click();
    await console.getByLabel('Tên nội dung').fill('Tờ trình về chương trình giám sát của HĐND năm 2027');
    await console.getByRole('button', { name: 'Lưu' }).click();
    await expect(ipad.page.getByTestId('agenda-item').nth(7)).toContainText('giám sát của HĐND năm 2027');

    console.once('dialog', (dialog) => void dialog.accept());
    await items.nth(7).getByRole('button', { name: 'Xóa' }).click();
    await expect(items).toHaveCount(8);
    await expect(ipad.page.getByTestId('agenda-item')).toHaveCount(8);
  });

  test('the delegates list shows who is online, and the pairing sheet has one card per seat', async ({ openConsole, openIpad }) => {
    const console = await openConsole();
    await openIpad(1);
    await openIpad(30);
    await console.getByRole('tab', { name: 'Đại biểu' }).click();
    await expect(console.getByTestId('delegates-online')).toHaveText('2/30 đại biểu đang kết nối');
    await expect(console.getByTestId('delegate-row').first()).toHaveAttribute('data-online', 'true');
    await expect(console.getByTestId('delegate-row').nth(1)).toHaveAttribute('data-online', 'false');

    await console.getByTestId('delegate-row').nth(2).getByRole('button', { name: 'Mã QR' }).click();
    await expect(console.getByRole('dialog')).toContainText('Ghế 3 — Lê Quang Minh');
    await expect(console.getByRole('dialog').getByRole('img', { name: 'Ghế 3 — Lê Quang Minh' })).toBeVisible();
    await console.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();

    await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
    await expect(console.getByTestId('pairing-card')).toHaveCount(30);
    await expect(console.getByTestId('pairing-card').first().getByRole('img')).toBeVisible();
  });

  test('switches to English and back', async ({ openConsole }) => {
    const console = await openConsole();
    await console.getByRole('button', { name: 'English' }).click();
    await expect(console.getByRole('tab', { name: 'Agenda' })).toBeVisible();
    await expect(console.getByRole('button', { name: 'Make this the current item' }).first()).toBeVisible();
    await console.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(console.getByRole('tab', { name: 'Chương trình' })).toBeVisible();
  });

  test('the page names the stored language in <html lang> from the first load, not only after a switch', async ({ openConsole }) => {
    const console = await openConsole();
    await expect(console.locator('html')).toHaveAttribute('lang', 'vi');
    await console.getByRole('button', { name: 'English' }).click();
    await expect(console.locator('html')).toHaveAttribute('lang', 'en');
    await console.reload();
    await expect(console.getByRole('tab', { name: 'Agenda' })).toBeVisible();
    await expect(console.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a browser on another computer without the secretary link is not given the console', async ({ hub, page }) => {
    await page.goto(`${hub.localUrl}/console/`.replace('127.0.0.1', 'localhost'));
    await expect(page.getByTestId('session-title')).toBeVisible();
    const response = await page.request.get(`${hub.localUrl}/api/local-token?role=secretary`, { headers: { Host: `192.168.50.2:${hub.port}` } });
    expect(response.status()).toBe(403);
  });
});

test('the chair’s console moves the session from item to item but cannot edit the agenda or pair devices', async ({ hub, page, openIpad }) => {
  const chairLink = hub.pairingLinks().find((link) => link.role === 'chair');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(chairLink?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
  const ipad = await openIpad(6);
  await expect(page.getByText('Chủ tọa', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm nội dung' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Ghép nối thiết bị' })).toHaveCount(0);
  await page.getByTestId('console-item').nth(2).getByRole('button', { name: 'Chuyển đến nội dung này' }).click();
  await expect(ipad.page.getByTestId('current-item-title')).toContainText(hub.engine.state().agenda[2]?.title ?? '');
});

test('the secretary walks the agenda with the next-item button, and the iPads follow', async ({ hub, openConsole, openIpad }) => {
  const console = await openConsole();
  const ipad = await openIpad(17);
  const agenda = hub.engine.state().agenda;
  await console.getByRole('button', { name: 'Bắt đầu nội dung đầu tiên' }).click();
  await expect(console.getByTestId('console-current')).toContainText(`1. ${agenda[0]?.title}`);
  await expect(ipad.page.getByTestId('current-item-title')).toContainText(agenda[0]?.title ?? '');
  await console.getByRole('button', { name: 'Sang nội dung tiếp theo →' }).click();
  await expect(console.getByTestId('console-current')).toContainText(`2. ${agenda[1]?.title}`);
  await expect(ipad.page.getByTestId('current-item-title')).toContainText(agenda[1]?.title ?? '');
  await console.getByRole('button', { name: 'Dừng nội dung hiện tại' }).click();
  await expect(ipad.page.getByTestId('current-item-title')).toHaveText('Chưa bắt đầu nội dung nào');
});
