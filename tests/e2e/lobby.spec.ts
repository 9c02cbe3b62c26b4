/**
 * The session list over a term: the demo opened from an empty folder, another
 * session refused while it runs, ending it (read-only everywhere), the next
 * session made from it, and a second console that follows the hub's switch.
 */
import { join } from 'node:path';
import { startHub } from '../../src/main/hub/startHub';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir } from '../helpers/testHub';
import { expect, test } from './fixtures';

let dataDir: string;
let hub: Hub;

test.beforeEach(async () => {
  dataDir = makeDataDir();
  hub = await startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    transport: { kind: 'insecure-http' },
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    demoDocumentsDir: join(import.meta.dirname, '..', '..', 'resources', 'demo', 'documents'),
  });
});

test.afterEach(async () => {
  await hub.stop();
  removeDataDir(dataDir);
});

test('the demo runs, another session is refused while it does, it ends read-only, and the next session of the term is made from it', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${hub.localUrl}/console/`);

  await page.getByRole('button', { name: 'Mở kỳ họp mẫu' }).click();
  await expect(page.getByTestId('session-title')).toHaveText('Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)');
  await expect(page.getByTestId('console-item')).toHaveCount(8);

  // A second console on the same session, to see it follow the hub's switch later.
  const second = await browser.newPage();
  await second.goto(`${hub.localUrl}/console/`);
  await expect(second.getByTestId('session-title')).toHaveText('Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)');

  // While the demo is in session, a new session cannot take its place.
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  const demoCard = page.getByTestId('session-card');
  await expect(demoCard).toHaveCount(1);
  await expect(demoCard.getByTestId('session-status')).toHaveText('Đang họp');
  await expect(demoCard).toContainText('Đang mở trên máy chủ');
  await page.getByRole('button', { name: 'Tạo kỳ họp mới' }).click();
  await page.getByLabel('Tên Hội đồng nhân dân').fill('Hội đồng nhân dân xã Hòa Bình');
  await page.getByLabel('Cấp').selectOption('commune');
  await page.getByLabel('Khóa', { exact: true }).fill('I');
  await page.getByLabel('Ngày khai mạc').fill('2027-01-10');
  await page.getByRole('button', { name: 'Tạo kỳ họp', exact: true }).click();
  await expect(page.getByTestId('draft-failure')).toHaveText('Kỳ họp “Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)” đang họp. Hãy bế mạc kỳ họp đó trước khi mở kỳ họp khác.');
  await expect(page.getByLabel('Tên Hội đồng nhân dân')).toHaveValue('Hội đồng nhân dân xã Hòa Bình');
  expect(hub.catalog().sessions).toHaveLength(1);

  // Bế mạc: the demo becomes read-only, and says so on every tab.
  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Vào kỳ họp' }).click();
  await page.getByRole('tab', { name: 'Kỳ họp' }).click();
  await page.getByRole('button', { name: 'Bế mạc kỳ họp' }).click();
  await expect(page.getByTestId('session-status-line')).toContainText('Đã bế mạc');
  for (const tab of ['Chương trình', 'Biểu quyết', 'Đại biểu']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByTestId('read-only-banner')).toHaveText('Kỳ họp đã bế mạc: chỉ xem, không thay đổi được.');
  }
  await expect(second.getByTestId('read-only-banner')).toBeVisible();

  // The next session of the term, from the ended one: its own dates and sittings, the rest carried over.
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await page.getByRole('button', { name: 'Kỳ họp mới từ kỳ họp này' }).click();
  await page.getByRole('textbox', { name: 'Kỳ họp thứ', exact: true }).fill('4');
  await page.getByLabel('Ngày khai mạc').fill('2027-07-05');
  await page.getByRole('button', { name: 'Tạo kỳ họp mới' }).click();
  await expect(page.getByTestId('session-title')).toHaveText('Kỳ họp thứ Tư (kỳ họp thường lệ) – Hội đồng nhân dân thành phố Hòa An khóa XIII, nhiệm kỳ 2026–2031');
  await expect(page.getByTestId('session-status-line')).toContainText('Đang chuẩn bị');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(page.getByTestId('console-online')).toContainText('/30');

  // The other console was switched by the hub (close code 4010) and followed to the new session.
  await expect(second.getByTestId('session-title')).toHaveText('Kỳ họp thứ Tư (kỳ họp thường lệ) – Hội đồng nhân dân thành phố Hòa An khóa XIII, nhiệm kỳ 2026–2031');

  // Both sessions are listed under the one council term; the ended one opens read-only with its record.
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await expect(page.locator('.lobby-term')).toHaveCount(1);
  const cards = page.getByTestId('session-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('Kỳ họp thứ 4');
  await expect(cards.nth(1).getByTestId('session-status')).toHaveText('Đã bế mạc');
  await cards.nth(1).getByRole('button', { name: 'Mở' }).click();
  await expect(page.getByTestId('session-title')).toHaveText('Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)');
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await expect(page.getByTestId('console-item')).toHaveCount(8);

  // Once the new session is in session, "Mở" on another is refused with the running session's name.
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await cards.nth(0).getByRole('button', { name: 'Mở' }).click();
  await page.getByRole('tab', { name: 'Kỳ họp' }).click();
  await page.getByRole('button', { name: 'Khai mạc kỳ họp' }).click();
  await expect(page.getByTestId('session-status-line')).toContainText('Đang họp');
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await cards.nth(1).getByRole('button', { name: 'Mở' }).click();
  await expect(page.getByTestId('lobby-failure')).toHaveText(
    'Kỳ họp “Kỳ họp thứ Tư (kỳ họp thường lệ) – Hội đồng nhân dân thành phố Hòa An khóa XIII, nhiệm kỳ 2026–2031” đang họp. Hãy bế mạc kỳ họp đó trước khi mở kỳ họp khác.',
  );
  expect(hub.catalog().activeSessionId).toBe(hub.catalog().sessions.find((session) => session.number === 4)?.id);
  await second.close();
});

test('a console on the hub computer follows the hub into a new council term, whose secretary token is new', async ({ page, browser }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${hub.localUrl}/console/`);
  await page.getByRole('button', { name: 'Mở kỳ họp mẫu' }).click();
  await expect(page.getByTestId('session-title')).toHaveText('Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)');
  const demoSecretaryToken = hub.engine.tokens().tokenOf('secretary');
  const watcher = await browser.newPage();
  await watcher.goto(`${hub.localUrl}/console/`);
  await expect(watcher.getByTestId('session-title')).toHaveText('Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)');

  await page.getByRole('tab', { name: 'Kỳ họp' }).click();
  await page.getByRole('button', { name: 'Bế mạc kỳ họp' }).click();
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await page.getByRole('button', { name: 'Tạo kỳ họp mới' }).click();
  await page.getByLabel('Tên Hội đồng nhân dân').fill('Hội đồng nhân dân xã Hòa Bình');
  await page.getByLabel('Cấp').selectOption('commune');
  await page.getByLabel('Khóa', { exact: true }).fill('I');
  await page.getByLabel('Ngày khai mạc').fill('2027-01-10');
  await page.getByRole('button', { name: 'Tạo kỳ họp', exact: true }).click();

  const title = 'Kỳ họp thứ Nhất (kỳ họp thường lệ) – Hội đồng nhân dân xã Hòa Bình khóa I';
  await expect(page.getByTestId('session-title')).toHaveText(title);
  expect(hub.engine.tokens().tokenOf('secretary')).not.toBe(demoSecretaryToken);
  // The watcher was switched with 4010, fetched the new term's secretary token and is in, not locked out.
  await expect(watcher.getByTestId('session-title')).toHaveText(title);
  await expect(watcher.getByText('Chương trình', { exact: true })).toBeVisible();
  await expect(watcher.getByTestId('session-status-line')).toContainText('Đang chuẩn bị');
  await watcher.close();
});
