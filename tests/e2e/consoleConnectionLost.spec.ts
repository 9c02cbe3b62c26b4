import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test } from './fixtures';

test.describe('the console when the hub goes down', () => {
  test('shows the lost connection, disables every command and greys the stale figures, then comes back when the hub restarts', async ({ page }) => {
    const dir = makeDataDir();
    let hub: Hub = await startTestHub(dir);
    try {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${hub.localUrl}/console/`);
      const addItem = page.getByRole('button', { name: 'Thêm nội dung' });
      const banner = page.getByRole('alert').filter({ hasText: 'Mất kết nối với máy chủ — đang kết nối lại…' });
      await expect(addItem).toBeEnabled();
      await expect(banner).toHaveCount(0);
      await expect(page.getByTestId('console-online')).not.toHaveClass(/console-stale/);

      const port = hub.port;
      await hub.stop();
      await expect(banner).toBeVisible();
      await expect(addItem).toBeDisabled();
      await expect(page.getByTestId('console-commands')).toHaveAttribute('disabled', '');
      await expect(page.getByTestId('console-online')).toHaveClass(/console-stale/);
      // Other panels are disabled too, not only the one on screen.
      await page.getByRole('tab', { name: 'Đại biểu' }).click();
      for (const button of await page.getByTestId('console-commands').getByRole('button').all()) await expect(button).toBeDisabled();
      // The retry button is readable on the red banner and large enough to tap.
      const retry = banner.getByRole('button', { name: 'Thử lại ngay' });
      await expect(retry).toBeVisible({ timeout: 15_000 });
      const colours = await retry.evaluate((element) => {
        const style = getComputedStyle(element);
        return { text: style.color, face: style.backgroundColor, height: element.getBoundingClientRect().height };
      });
      expect(colours.text).not.toBe(colours.face);
      expect(colours.height).toBeGreaterThanOrEqual(44);

      hub = await startTestHub(dir, { port });
      await expect(banner).toHaveCount(0, { timeout: 20_000 });
      await page.getByRole('tab', { name: 'Chương trình' }).click();
      await expect(addItem).toBeEnabled();
      await expect(page.getByTestId('console-online')).not.toHaveClass(/console-stale/);
      await addItem.click();
      await page.getByLabel('Tên nội dung').fill('Nội dung thêm sau khi máy chủ khởi động lại');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect(page.getByTestId('console-item').last()).toContainText('Nội dung thêm sau khi máy chủ khởi động lại');
      expect(hub.engine.state().agenda.at(-1)?.title).toBe('Nội dung thêm sau khi máy chủ khởi động lại');
    } finally {
      await hub.stop();
      removeDataDir(dir);
    }
  });
});
