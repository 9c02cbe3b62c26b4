/**
 * Issue 12, what a tester found on the iPad reader, on a live session (the
 * sitting in progress, so the attendance and floor bars are there):
 * - in landscape the reader's toolbar is one row and the page keeps most of
 *   the height, also with the "Đã cập nhật" line of a replaced document;
 * - the less used tools are in "⋯ Thêm", a list of large targets;
 * - a notice never covers the pager;
 * - reading mode's way back is legible and the attendance and floor bars
 *   make way for the page (a notice still reaches the delegate).
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { makeColourPdf } from '../helpers/testPdfs';
import { tokenOf } from '../helpers/testHub';
import { expect, test } from './fixtures';
import { openTouchIpad } from './ipadBallot';
import { addColourDocument, asSecretary, present, renderedPage } from './readerDocuments';

const LANDSCAPES = [
  { width: 1180, height: 820 },
  { width: 1024, height: 768 },
] as const;
const PORTRAIT = { width: 820, height: 1180 } as const;

/** The session open and its first sitting in progress: the iPad shows "Tôi có mặt" / "Đã điểm danh" and "Đăng ký phát biểu". */
function liveSitting(hub: Hub): void {
  if (hub.engine.state().session?.status !== 'open') asSecretary(hub, { type: 'session.open' });
  asSecretary(hub, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
}

/** Replaces `document` with a new file of `pages` pages, as the console does. */
async function replaceDocument(hub: Hub, document: DocumentInfo, pages: number): Promise<void> {
  const response = await fetch(`${hub.localUrl}/api/documents/${document.id}/replace?fileName=ban-moi.pdf`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}` },
    body: (await makeColourPdf(pages)) as Uint8Array<ArrayBuffer>,
  });
  expect(response.status).toBe(200);
}

/** The toolbar's height and the tallest control in it, with the toolbar's own vertical padding and border. */
function toolbarRow(page: Page): Promise<{ height: number; oneRow: number }> {
  return page.getByTestId('reader-toolbar').evaluate((toolbar) => {
    const style = getComputedStyle(toolbar);
    const chrome = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const controls = [...toolbar.querySelectorAll('button, h2')].filter((element) => (element as HTMLElement).offsetParent !== null && !element.closest('[hidden]'));
    const tallest = Math.max(...controls.map((element) => element.getBoundingClientRect().height));
    return { height: toolbar.getBoundingClientRect().height, oneRow: tallest + chrome + 1 };
  });
}

/** The reader's page area (the part of the screen the page is drawn in) over the viewport's height. */
function pageAreaShare(page: Page): Promise<number> {
  return page.getByTestId('reader-body').evaluate((body) => body.getBoundingClientRect().height / window.innerHeight);
}

/** No control of the toolbar sticks out of the screen or out of the toolbar. */
function toolbarFits(page: Page): Promise<boolean> {
  return page.getByTestId('reader-toolbar').evaluate((toolbar) => {
    const box = toolbar.getBoundingClientRect();
    const visible = [...toolbar.querySelectorAll('button')].filter((button) => button.offsetParent !== null && !button.closest('[hidden]'));
    return toolbar.scrollWidth <= toolbar.clientWidth && visible.every((button) => {
      const own = button.getBoundingClientRect();
      return own.right <= window.innerWidth && own.left >= 0 && own.bottom <= box.bottom + 0.5;
    });
  });
}

test.describe('the reader leaves the page the room on a landscape iPad (issue 12)', () => {
  for (const viewport of LANDSCAPES) {
    test(`at ${viewport.width}×${viewport.height} the toolbar is one row and the page area is at least 60% of the height, with the "Đã cập nhật" line too`, async ({ hub, browser }) => {
      liveSitting(hub);
      const colours = await addColourDocument(hub, 12);
      present(hub, colours, 2);
      const ipad = await openTouchIpad(browser, hub, 4);
      await ipad.page.setViewportSize(viewport);
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      await expect(ipad.page.getByTestId('floor-bar')).toBeVisible();

      const row = await toolbarRow(ipad.page);
      expect(row.height).toBeLessThanOrEqual(row.oneRow);
      expect(await toolbarFits(ipad.page)).toBe(true);
      expect(await pageAreaShare(ipad.page)).toBeGreaterThanOrEqual(0.6);

      await replaceDocument(hub, colours, 14);
      await expect(ipad.page.getByTestId('document-version-notice')).toContainText('Đã cập nhật');
      await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 2/14');
      // The replacement's own notice, once read, leaves the "Đã cập nhật" line.
      await ipad.page.getByTestId('notice-acknowledge').tap();
      await expect(ipad.page.getByTestId('notice-banner')).toBeHidden();
      expect(await toolbarRow(ipad.page)).toEqual(row);
      const notice = await ipad.page.getByTestId('document-version-notice').evaluate((line) => line.getBoundingClientRect().height);
      expect(notice).toBeLessThanOrEqual(56);
      expect(await pageAreaShare(ipad.page)).toBeGreaterThanOrEqual(0.6);
      // Folded to its badge, the line keeps saying the document was updated.
      await ipad.page.getByTestId('document-version-fold').tap();
      await expect(ipad.page.getByTestId('document-version-pages')).toBeHidden();
      await expect(ipad.page.getByTestId('document-version-notice')).toContainText('Đã cập nhật');
      await ipad.page.getByTestId('document-version-fold').tap();
      await expect(ipad.page.getByTestId('document-version-pages')).toHaveText('Bản mới: 14 trang · bản trước: 12 trang');
      await ipad.context.close();
    });

    test(`at ${viewport.width}×${viewport.height} "Cả trang" shows the A4 page at least 60% of the viewport's height`, async ({ hub, browser }) => {
      liveSitting(hub);
      const colours = await addColourDocument(hub, 12);
      present(hub, colours, 2);
      const ipad = await openTouchIpad(browser, hub, 5);
      await ipad.page.setViewportSize(viewport);
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      await ipad.page.getByRole('button', { name: 'Cả trang' }).tap();
      await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-fit', 'page');
      const canvas = ipad.page.locator('[data-testid="pdf-page"] canvas');
      await expect.poll(async () => ((await canvas.boundingBox())?.height ?? 0) / viewport.height).toBeGreaterThanOrEqual(0.6);
      await ipad.context.close();
    });
  }

  test('in portrait (820×1180) no tool of the toolbar is cut off and the page area is at least 60% of the height', async ({ hub, browser }) => {
    liveSitting(hub);
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 2);
    const ipad = await openTouchIpad(browser, hub, 6);
    await ipad.page.setViewportSize(PORTRAIT);
    await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
    expect(await toolbarFits(ipad.page)).toBe(true);
    expect(await pageAreaShare(ipad.page)).toBeGreaterThanOrEqual(0.6);
    await ipad.context.close();
  });

  test('"⋯ Thêm" opens a list of large targets with "Đọc to", "Đến trang" and "Chữ lớn"; "Chữ lớn" opens the large text and closes the list', async ({ hub, browser }) => {
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 2);
    const ipad = await openTouchIpad(browser, hub, 7);
    await ipad.page.setViewportSize(LANDSCAPES[1]);
    await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
    const list = ipad.page.getByTestId('reader-more-list');
    await expect(list).toBeHidden();
    await ipad.page.getByTestId('reader-more').tap();
    await expect(list).toBeVisible();
    for (const tool of [list.getByTestId('read-aloud'), list.getByTestId('nav-goTo'), list.getByTestId('nav-largeText')]) {
      const box = await tool.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(52);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(200);
    }
    await list.getByTestId('nav-largeText').tap();
    await expect(ipad.page.getByTestId('nav-panel')).toBeVisible();
    await expect(list).toBeHidden();
    await ipad.context.close();
  });
});

test.describe('notices and reading mode on the iPad reader (issue 12)', () => {
  for (const viewport of [...LANDSCAPES, PORTRAIT]) {
    test(`at ${viewport.width}×${viewport.height} a notice shown with the reader open leaves "Trang sau" tappable, and it turns the page`, async ({ hub, browser }) => {
      liveSitting(hub);
      const colours = await addColourDocument(hub, 12);
      present(hub, colours, 2);
      const ipad = await openTouchIpad(browser, hub, 8);
      await ipad.page.setViewportSize(viewport);
      await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
      await replaceDocument(hub, colours, 12);
      asSecretary(hub, { type: 'notice.send', text: 'Tài liệu màu đã được thay thế bằng bản mới; đề nghị các Đại biểu xem lại.\nXin cảm ơn.' });
      await expect(ipad.page.getByTestId('notice-banner')).toBeVisible();

      const next = ipad.page.getByRole('button', { name: 'Trang sau' });
      const hit = await next.evaluate((button) => {
        const box = button.getBoundingClientRect();
        const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return found !== null && button.contains(found) && box.bottom <= window.innerHeight;
      });
      expect(hit).toBe(true);
      await next.tap();
      await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 3/12');
      await expect(ipad.page.getByTestId('notice-banner')).toBeVisible();
      await ipad.context.close();
    });
  }

  test('reading mode: "Thoát chế độ đọc" is legible, the attendance and floor bars are hidden, and a notice still shows', async ({ hub, browser }) => {
    liveSitting(hub);
    const colours = await addColourDocument(hub, 12);
    present(hub, colours, 2);
    const ipad = await openTouchIpad(browser, hub, 9);
    await ipad.page.setViewportSize(LANDSCAPES[0]);
    await expect(renderedPage(ipad.page, colours, 2)).toBeVisible();
    await ipad.page.getByTestId('attendance-confirm').tap();
    await expect(ipad.page.getByTestId('attendance-confirmed')).toBeVisible();
    await expect(ipad.page.getByTestId('floor-bar')).toBeVisible();

    await ipad.page.getByTestId('reading-mode-enter').tap();
    await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-reading-mode', 'true');
    await expect(ipad.page.getByTestId('attendance-confirmed')).toBeHidden();
    await expect(ipad.page.getByTestId('floor-bar')).toBeHidden();
    const exit = ipad.page.getByTestId('reading-mode-exit');
    await expect(exit).toHaveText('Thoát chế độ đọc');
    const exitColours = await exit.evaluate((button) => ({ text: getComputedStyle(button).color, background: getComputedStyle(button).backgroundColor }));
    expect(exitColours.text).not.toBe(exitColours.background);
    expect(exitColours.text).not.toBe('rgb(255, 255, 255)');

    asSecretary(hub, { type: 'notice.send', text: 'Đề nghị các Đại biểu về phòng họp.' });
    await expect(ipad.page.getByTestId('notice-banner')).toBeVisible();
    await expect(ipad.page.getByTestId('reader')).toHaveAttribute('data-reading-mode', 'true');

    await exit.tap();
    await expect(ipad.page.getByTestId('attendance-confirmed')).toBeVisible();
    await expect(ipad.page.getByTestId('floor-bar')).toBeVisible();
    await ipad.context.close();
  });
});
