/** Issue 9, item 6: a new item goes where its sitting is, a reorder never splits a sitting, and the iPads see the same order. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NEW_TITLE = 'Tờ trình về chương trình giám sát năm 2027';

/** The item titles as a page shows them, top to bottom. */
function titles(page: Page): Promise<string[]> {
  return page.locator('.agenda-title').allTextContents();
}

test('an item added to the first sitting shows at the end of that sitting under one heading, drags within it, and an iPad shows the same order', async ({
  openConsole,
  openIpad,
}) => {
  const console = await openConsole();
  // Tall enough that both ends of a drag are on screen: Playwright's drag does not survive a scroll between press and release.
  await console.setViewportSize({ width: 1400, height: 3000 });
  const ipad = await openIpad(4);
  const items = console.getByTestId('console-item');
  await expect(items).toHaveCount(8);
  await expect(ipad.page.getByTestId('agenda-item')).toHaveCount(8);

  await console.getByRole('button', { name: 'Thêm nội dung' }).click();
  await console.getByLabel('Tên nội dung').fill(NEW_TITLE);
  await console.getByLabel('Phiên họp').selectOption({ label: 'Phiên thứ nhất' });
  await console.getByRole('button', { name: 'Lưu' }).click();
  await expect(items).toHaveCount(9);

  const firstSitting = console.locator('.console-sitting').first();
  await expect(console.locator('.console-sitting h3')).toHaveCount(2);
  await expect(firstSitting.locator('h3')).toContainText('Phiên thứ nhất');
  await expect(firstSitting.getByTestId('console-item')).toHaveCount(6);
  await expect(firstSitting.getByTestId('console-item').last()).toContainText(NEW_TITLE);
  await expect(items.nth(5).locator('.console-item-edit').getByRole('button', { name: /Xuống/ })).toBeDisabled();
  await expect(items.nth(6).locator('.console-item-edit').getByRole('button', { name: /Lên/ })).toBeDisabled();

  await expect(ipad.page.locator('.agenda-sitting-title')).toHaveCount(2);
  await expect(ipad.page.locator('.agenda-sitting').first().locator('.agenda-item').last()).toContainText(NEW_TITLE);

  await items.nth(5).locator('.drag-grip').dragTo(items.nth(2).locator('.agenda-number'));
  await expect(items.nth(2)).toContainText(NEW_TITLE);
  await expect(console.locator('.console-sitting h3')).toHaveCount(2);
  await expect(ipad.page.locator('.agenda-item').nth(2)).toContainText(NEW_TITLE);
  expect(await titles(ipad.page)).toEqual(await titles(console));

  // A drop on another sitting's row does nothing; the next drag within the sitting is then the only change.
  const before = await titles(console);
  await items.nth(2).locator('.drag-grip').dragTo(items.nth(7).locator('.agenda-number'));
  await items.nth(2).locator('.drag-grip').dragTo(items.nth(0).locator('.agenda-number'));
  await expect(items.nth(0)).toContainText(NEW_TITLE);
  const expected = [NEW_TITLE, ...before.filter((title) => title !== NEW_TITLE)];
  expect(await titles(console)).toEqual(expected);
  await expect(ipad.page.locator('.agenda-item').first()).toContainText(NEW_TITLE);
  await expect(ipad.page.locator('.agenda-sitting-title')).toHaveCount(2);
  expect(await titles(ipad.page)).toEqual(expected);
});
