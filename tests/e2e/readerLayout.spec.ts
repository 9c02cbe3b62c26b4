/**
 * Issue 12: in landscape, the header, download line, follow bar, toolbar and
 * pager left about a third of an A4 page. Reading mode gives the page the
 * screen (and always a visible way back), fit-page shows a whole page, the
 * presenter is still followed in reading mode, and the text size setting grows
 * the app's own text without anything overflowing at 1024×768.
 */
import type { Page } from '@playwright/test';
import { openTouchIpad } from './ipadBallot';
import { addColourDocument, present, renderedPage } from './readerDocuments';
import { expect, test } from './fixtures';

const LANDSCAPES = [
  { width: 1180, height: 820 },
  { width: 1024, height: 768 },
] as const;

/** The share of the viewport's area that shows the page's own pixels. */
function pageShareOfViewport(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.reader-page');
    const canvas = document.querySelector('[data-testid="pdf-page"] canvas');
    if (!scroller || !canvas) return 0;
    const box = scroller.getBoundingClientRect();
    const drawn = canvas.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, drawn.right) - Math.max(box.left, drawn.left));
    const height = Math.max(0, Math.min(box.bottom, drawn.bottom) - Math.max(box.top, drawn.top));
    return (width * height) / (window.innerWidth * window.innerHeight);
  });
}

/** The width of the drawn page over the viewport's width. */
function pageWidthShare(page: Page): Promise<number> {
  return page.locator('[data-testid="pdf-page"] canvas').evaluate((canvas) => canvas.getBoundingClientRect().width / window.innerWidth);
}

test.describe('reading mode and fit on a landscape iPad (issue 12)', () => {
  for (const viewport of LANDSCAPES) {
    test(`at ${viewport.width}×${viewport.height}, reading mode hides the app's bars and the page takes most of the screen; the way back is always visible`, async ({ hub, browser }) => {
      const colours = await addColourDocument(hub, 12);
      present(hub, colours, 2);
      const ipad = await openTouchIpad(browser, hub, 4);
      await ipad.page.setViewportSize(viewport);
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      const normalShare = await pageShareOfViewport(ipad.page);

      await ipad.page.getByTestId('reading-mode-enter').tap();
      await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-reading-mode', 'true');
      for (const chrome of ['session-title', 'prefetch', 'follow-state', 'reader-toolbar', 'reader-title']) await expect(ipad.page.getByTestId(chrome)).toBeHidden();
      await expect(ipad.page.getByRole('button', { name: 'Trang sau' })).toBeHidden();
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      const readingShare = await pageShareOfViewport(ipad.page);
      expect(readingShare).toBeGreaterThan(0.9);
      expect(readingShare).toBeGreaterThan(normalShare + 0.25);
      expect(await pageWidthShare(ipad.page)).toBeGreaterThan(0.95);

      await expect(ipad.page.getByTestId('reading-mode-exit')).toBeVisible();
      await ipad.page.getByTestId('reading-mode-exit').tap();
      await expect(ipad.page.getByTestId('reader-toolbar')).toBeVisible();
      await expect(ipad.page.getByTestId('session-title')).toBeVisible();
      await ipad.context.close();
    });

    test(`at ${viewport.width}×${viewport.height}, "Cả trang" shows the whole A4 page and "Vừa màn hình" its full width`, async ({ hub, browser }) => {
      const colours = await addColourDocument(hub, 12);
      present(hub, colours, 2);
      const ipad = await openTouchIpad(browser, hub, 5);
      await ipad.page.setViewportSize(viewport);
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      const canvas = ipad.page.locator('[data-testid="pdf-page"] canvas');
      const body = ipad.page.getByTestId('reader-body');

      await ipad.page.getByRole('button', { name: 'Cả trang' }).tap();
      await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-fit', 'page');
      await expect.poll(async () => {
        const [drawn, box] = await Promise.all([canvas.boundingBox(), body.boundingBox()]);
        return drawn && box ? drawn.height <= box.height + 1 && drawn.width <= box.width + 1 && drawn.height >= box.height - 2 : false;
      }, { message: 'the whole page fits, as tall as the reader' }).toBe(true);
      const drawn = await canvas.boundingBox();
      expect((drawn?.height ?? 0) / (drawn?.width ?? 1)).toBeCloseTo(842 / 595, 1);

      await ipad.page.getByRole('button', { name: 'Vừa màn hình' }).tap();
      await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-fit', 'width');
      await expect.poll(() => pageWidthShare(ipad.page)).toBeGreaterThan(0.95);
      await ipad.context.close();
    });
  }

  test('in reading mode the iPad still follows the presenter to a new page', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 2);
    const ipad = await openTouchIpad(browser, hub, 6);
    await ipad.page.setViewportSize({ width: 1180, height: 820 });
    await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
    await ipad.page.getByTestId('reading-mode-enter').tap();
    present(hub, colours, 7);
    await expect(renderedPage(ipad.page, colours, 7)).toBeVisible();
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 7/12');
    await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-reading-mode', 'true');
    await ipad.context.close();
  });

  test('the toolbar holds four more tools in its slot at 1024 px without overflowing, in two rows at most', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 1);
    const ipad = await openTouchIpad(browser, hub, 7);
    await ipad.page.setViewportSize({ width: 1024, height: 768 });
    await expect(renderedPage(ipad.page, colours, 1)).toBeVisible();
    const oneRow = await ipad.page.getByTestId('reader-toolbar').evaluate((toolbar) => toolbar.getBoundingClientRect().height);
    // Four buttons the size the other parts' tools will be (an icon and a short word each).
    await ipad.page.getByTestId('reader-tools-slot').evaluate((slot) => {
      for (const label of ['☰ Mục lục', '🔍 Tìm', '✎ Ghi chú', '★ Đánh dấu']) {
        const button = document.createElement('button');
        button.className = 'button';
        button.textContent = label;
        slot.append(button);
      }
    });
    const toolbar = ipad.page.getByTestId('reader-toolbar');
    const fits = await toolbar.evaluate((element) => element.scrollWidth <= element.clientWidth && [...element.querySelectorAll('button')].every((button) => button.getBoundingClientRect().right <= window.innerWidth));
    expect(fits).toBe(true);
    // The tools may take a second row, never more; reading mode hides the toolbar altogether.
    const withTools = await toolbar.evaluate((element) => element.getBoundingClientRect().height);
    expect(withTools).toBeLessThan(2.2 * oneRow);
    await ipad.context.close();
  });
});

test.describe('text size (Cỡ chữ) on the iPad (issue 12)', () => {
  test('"Rất lớn" grows the app’s text and touch targets, is kept after a reload, and nothing overflows at 1024×768', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 1);
    const ipad = await openTouchIpad(browser, hub, 8);
    await ipad.page.setViewportSize({ width: 1024, height: 768 });
    await expect(renderedPage(ipad.page, colours, 1)).toBeVisible();
    const measure = () =>
      ipad.page.evaluate(() => {
        const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
        const turn = document.querySelector('.reader-turn') as HTMLElement;
        return { title: size('[data-testid="session-title"]'), pageNumber: size('.reader-page-number'), turnHeight: turn.getBoundingClientRect().height, scale: getComputedStyle(document.documentElement).getPropertyValue('--app-text-scale').trim() };
      });
    const normal = await measure();

    await ipad.page.getByTestId('text-size-button').tap();
    await ipad.page.getByRole('button', { name: 'Rất lớn' }).tap();
    const largest = await measure();
    expect(largest.scale).toBe('1.5');
    expect(largest.title).toBeCloseTo(normal.title * 1.5, 0);
    expect(largest.pageNumber).toBeCloseTo(normal.pageNumber * 1.5, 0);
    expect(largest.turnHeight).toBeGreaterThanOrEqual(normal.turnHeight * 1.4);

    const overflowing = () =>
      ipad.page.evaluate(() => {
        const wide = document.documentElement.scrollWidth > document.documentElement.clientWidth;
        const clipped = [...document.querySelectorAll('.delegate-header, .prefetch, .follow-bar, .reader-toolbar, .reader-pager, .floor-bar, button')]
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.className || element.tagName);
        return { wide, clipped };
      });
    expect(await overflowing()).toEqual({ wide: false, clipped: [] });

    await ipad.page.reload();
    await expect(renderedPage(ipad.page, colours, 1)).toBeVisible();
    expect((await measure()).scale).toBe('1.5');
    expect(await overflowing()).toEqual({ wide: false, clipped: [] });
    await ipad.context.close();
  });
});
