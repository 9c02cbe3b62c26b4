/**
 * A multi-file upload at 1366×768: each file gets its own row with its outcome,
 * and every outcome (the refusal among them) stays until the secretary closes it,
 * one by one or all at once, however long it waits.
 */
import { makePdf, PNG_BYTES } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

test('four files at once, one bad: all four outcomes stay until the secretary closes them', async ({ hub, page }) => {
  // The page's clock is ours: the rows must still be there long after any message would have faded.
  await page.clock.install();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hub.localUrl}/console/`);
  const total = hub.engine.state().documents.length;
  const item = page.getByTestId('console-item').nth(4);
  await item.getByTestId('document-picker').setInputFiles([
    { name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(2, 'To trinh')) },
    { name: 'anh-chup.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PNG_BYTES) },
    { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(3, 'Bao cao')) },
    { name: 'du-thao-nghi-quyet.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(4, 'Du thao')) },
  ]);

  const list = page.getByTestId('upload-list');
  const rows = list.getByTestId('upload-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveText(/Đã thêm “to-trinh.pdf”/);
  await expect(rows.nth(1)).toHaveText(/“anh-chup.pdf”: tệp không phải PDF/);
  await expect(rows.nth(2)).toHaveText(/Đã thêm “bao-cao.pdf”/);
  await expect(rows.nth(3)).toHaveText(/Đã thêm “du-thao-nghi-quyet.pdf”/);
  await expect(rows.nth(1)).toHaveAttribute('role', 'alert');
  expect(hub.engine.state().documents).toHaveLength(total + 3);

  await page.clock.fastForward(10 * 60_000);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toHaveText(/tệp không phải PDF/);

  // The whole list and its buttons are on screen at 1366×768, with targets large enough to touch.
  const box = await list.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 768 && box.x + box.width <= 1366).toBe(true);
  for (const button of await list.getByRole('button').all()) {
    const target = await button.boundingBox();
    expect(target && target.height >= 44 && target.width >= 44).toBe(true);
  }

  await list.getByRole('button', { name: 'Đóng thông báo về “anh-chup.pdf”' }).click();
  await expect(rows).toHaveCount(3);
  await expect(list).not.toContainText('anh-chup.pdf');
  await list.getByRole('button', { name: 'Đóng tất cả' }).click();
  await expect(list).toHaveCount(0);
});
