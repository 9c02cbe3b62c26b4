/**
 * Issue 12: swipe did not turn pages under real touch (the browser took the
 * gesture). The iPad here has touch (`hasTouch`), and the gestures are real
 * touch events sent through Chromium's input pipeline, not synthetic DOM
 * events, so the page's touch-action decides as it would on the iPad.
 */
import type { Page } from '@playwright/test';
import { openTouchIpad } from './ipadBallot';
import { addColourDocument, present, renderedPage, touchPinchOut, touchSwipe } from './readerDocuments';
import { expect, test } from './fixtures';

async function readerCentre(page: Page): Promise<{ x: number; y: number; width: number }> {
  const box = await page.getByTestId('reader-body').boundingBox();
  if (!box) throw new Error('no reader');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width };
}

test.describe('turning pages by touch on the iPad (issue 12)', () => {
  test('a one-finger swipe to the left turns to the next page, and to the right turns back', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 3);
    const ipad = await openTouchIpad(browser, hub, 4);
    await expect(renderedPage(ipad.page, colours, 3)).toBeVisible();
    const centre = await readerCentre(ipad.page);

    await touchSwipe(ipad.page, { x: centre.x + 150, y: centre.y }, { x: centre.x - 150, y: centre.y + 10 });
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 4/12');
    await expect(renderedPage(ipad.page, colours, 4)).toBeVisible();

    await touchSwipe(ipad.page, { x: centre.x - 150, y: centre.y }, { x: centre.x + 150, y: centre.y });
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 3/12');
    await ipad.context.close();
  });

  test('a vertical drag scrolls the page and turns nothing', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 2);
    const ipad = await openTouchIpad(browser, hub, 5);
    await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
    const centre = await readerCentre(ipad.page);
    await touchSwipe(ipad.page, { x: centre.x, y: centre.y + 200 }, { x: centre.x + 20, y: centre.y - 200 });
    await expect.poll(() => ipad.page.locator('.reader-page').evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 2/12');
    await ipad.context.close();
  });

  test('after a pinch zooms the page in, the same swipe pans the page instead of turning it', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 3);
    const ipad = await openTouchIpad(browser, hub, 6);
    await expect(renderedPage(ipad.page, colours, 3)).toBeVisible();
    const centre = await readerCentre(ipad.page);

    await touchPinchOut(ipad.page, centre);
    await expect.poll(() => ipad.page.evaluate(() => window.visualViewport?.scale ?? 1)).toBeGreaterThan(1.5);
    await expect(ipad.page.getByTestId('reader-body')).toHaveAttribute('data-zoomed', 'true');
    const { leftBefore, roomLeft } = await ipad.page.evaluate(() => {
      const viewport = window.visualViewport;
      const left = viewport?.pageLeft ?? 0;
      return { leftBefore: left, roomLeft: left > (document.documentElement.clientWidth - (viewport?.width ?? 0)) / 2 };
    });

    // A sideways swipe toward where the zoomed page has room to move (a turn, were the page not zoomed).
    const swipe = roomLeft ? { from: { x: 150, y: 500 }, to: { x: 350, y: 510 } } : { from: { x: 350, y: 500 }, to: { x: 150, y: 510 } };
    await touchSwipe(ipad.page, swipe.from, swipe.to);
    await expect.poll(() => ipad.page.evaluate(() => window.visualViewport?.pageLeft ?? 0)).not.toBe(leftBefore);
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 3/12');
    await ipad.context.close();
  });

  test('after zooming in with the + button, a swipe pans the wider page instead of turning it', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 3);
    const ipad = await openTouchIpad(browser, hub, 7);
    await expect(renderedPage(ipad.page, colours, 3)).toBeVisible();
    await ipad.page.getByRole('button', { name: 'Phóng to' }).tap();
    await ipad.page.getByRole('button', { name: 'Phóng to' }).tap();
    await expect(ipad.page.getByTestId('reader-body')).toHaveAttribute('data-zoomed', 'true');
    const centre = await readerCentre(ipad.page);

    await touchSwipe(ipad.page, { x: centre.x + 150, y: centre.y }, { x: centre.x - 150, y: centre.y });
    await expect.poll(() => ipad.page.locator('.reader-page').evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 3/12');
    await ipad.context.close();
  });
});
