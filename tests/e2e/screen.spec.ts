import { expect, test } from './fixtures';

test('the big screen shows the session title and the current item, large', async ({ hub, page, openConsole }) => {
  const console = await openConsole();
  const screen = await page.context().browser()?.newPage({ viewport: { width: 1920, height: 1080 } });
  if (!screen) throw new Error('no browser');
  await screen.goto(`${hub.localUrl}/screen/`);
  await expect(screen.getByTestId('session-title')).toHaveText(hub.engine.state().session?.title ?? '');
  await expect(screen.getByTestId('current-item-title')).toHaveText('Kỳ họp sắp bắt đầu');
  await console.getByTestId('console-item').nth(1).getByRole('button', { name: 'Chuyển đến nội dung này' }).click();
  const item = hub.engine.state().agenda[1];
  await expect(screen.getByTestId('current-item-title')).toHaveText(item?.title ?? '');
  const fontSize = await screen.getByTestId('current-item-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(60);
  await screen.close();
});
