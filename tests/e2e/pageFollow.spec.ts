import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { makeColourPdf, pageColour } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { canvasCentreColour, sameColour } from './canvasColour';
import { expect, test } from './fixtures';

const PAGES = 12;

/** Waits until the iPad shows page `page` of the document, and checks the canvas pixels are that page's. */
async function expectRenderedPage(page: Page, document: DocumentInfo, pageNumber: number): Promise<void> {
  const view = page.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="${pageNumber}"]`);
  await expect(view).toBeVisible();
  await expect.poll(async () => sameColour(await canvasCentreColour(view), pageColour(pageNumber)), { message: `the canvas shows page ${pageNumber}` }).toBe(true);
}

/** Adds a 12-page document, one colour per page, to the third agenda item. */
async function presentColourDocument(hub: Hub) {
  const item = hub.engine.state().agenda[2];
  if (!item) throw new Error('no item');
  return uploadTestDocument(hub, item.id, 'mau-sac.pdf', await makeColourPdf(PAGES), 'Tài liệu màu');
}

test.describe('pages that follow the presenter', () => {
  test('the presenter shows a document and goes to page 5 with the clicker; three iPads render page 5 of it', async ({ hub, openConsole, openIpad }) => {
    const document = await presentColourDocument(hub);
    const console = await openConsole();
    const ipads = await Promise.all([4, 5, 6].map((seat) => openIpad(seat)));
    for (const { page } of ipads) await expect(page.getByTestId('prefetch')).toHaveAttribute('data-done', String(hub.engine.state().documents.length));

    await console.getByRole('tab', { name: 'Trình chiếu' }).click();
    await console.getByTestId('presenter-document').selectOption(document.id);
    await expect(console.getByTestId('presenter-page')).toHaveText(`Trang 1/${PAGES}`);
    for (const { page } of ipads) await expectRenderedPage(page, document, 1);
    await expect(console.getByTestId('presenter-followers')).toHaveText('3/3 đại biểu đang theo dõi');

    for (let turn = 0; turn < 4; turn += 1) await console.keyboard.press(turn % 2 === 0 ? 'ArrowRight' : 'PageDown');
    await expect(console.getByTestId('presenter-page')).toHaveText(`Trang 5/${PAGES}`);
    for (const { page } of ipads) {
      await expectRenderedPage(page, document, 5);
      await expect(page.getByTestId('reader-page-number')).toHaveText(`Trang 5/${PAGES}`);
    }
  });

  test('an iPad that turns a page itself is no longer pulled, is told where the presenter is, and one tap takes it back', async ({ hub, openConsole, openIpad }) => {
    const document = await presentColourDocument(hub);
    const console = await openConsole();
    const free = await openIpad(7);
    const follower = await openIpad(8);
    await console.getByRole('tab', { name: 'Trình chiếu' }).click();
    await console.getByTestId('presenter-document').selectOption(document.id);
    await console.getByTestId('presenter-goto').fill('3');
    await console.getByTestId('presenter-goto').press('Enter');
    await expectRenderedPage(free.page, document, 3);

    await free.page.getByRole('button', { name: /Trang sau/ }).click();
    await expectRenderedPage(free.page, document, 4);
    await expect(free.page.getByTestId('follow-state')).toHaveAttribute('data-mode', 'free');
    await expect(console.getByTestId('presenter-followers')).toHaveText('1/2 đại biểu đang theo dõi');

    await console.keyboard.press('End');
    await expectRenderedPage(follower.page, document, PAGES);
    await expect(free.page.getByTestId('reader-page-number')).toHaveText(`Trang 4/${PAGES}`);
    await expectRenderedPage(free.page, document, 4);

    const other = hub.engine.state().documents.find((candidate) => candidate.id !== document.id && candidate.pages >= 3);
    if (!other) throw new Error('no second document');
    await console.getByTestId('presenter-document').selectOption(other.id);
    await expect(free.page.getByTestId('follow-state')).toContainText(`Đang trình chiếu: ${other.title} — trang 1`);
    await expectRenderedPage(free.page, document, 4);

    await free.page.getByRole('button', { name: 'Theo dõi trình chiếu' }).click();
    await expect(free.page.getByTestId('follow-state')).toHaveAttribute('data-mode', 'follow');
    await expect(free.page.locator(`[data-testid="pdf-page"][data-document-id="${other.id}"][data-rendered-page="1"]`)).toBeVisible();
  });

  test('an iPad that reconnects lands on the presenter’s current page', async ({ hub, openConsole, openIpad }) => {
    const document = await presentColourDocument(hub);
    const console = await openConsole();
    const ipad = await openIpad(9);
    await console.getByRole('tab', { name: 'Trình chiếu' }).click();
    await console.getByTestId('presenter-document').selectOption(document.id);
    await expectRenderedPage(ipad.page, document, 1);

    await ipad.context.setOffline(true);
    await expect(ipad.page.locator('[data-status="offline"]')).toBeVisible();
    await console.getByTestId('presenter-goto').fill('9');
    await console.getByTestId('presenter-goto').press('Enter');
    await expect(console.getByTestId('presenter-page')).toHaveText(`Trang 9/${PAGES}`);
    await ipad.context.setOffline(false);
    await expect(ipad.page.locator('[data-status="online"]')).toBeVisible();
    await expectRenderedPage(ipad.page, document, 9);
  });

  test('the big screen shows the presented page, large', async ({ hub, openConsole, page }) => {
    const document = await presentColourDocument(hub);
    const console = await openConsole();
    const screen = await page.context().browser()?.newPage({ viewport: { width: 1600, height: 900 } });
    if (!screen) throw new Error('no browser');
    await screen.goto(`${hub.localUrl}/screen/`);
    await console.getByRole('tab', { name: 'Trình chiếu' }).click();
    await console.getByTestId('presenter-document').selectOption(document.id);
    await console.keyboard.press('ArrowRight');
    await expectRenderedPage(screen, document, 2);
    const height = await screen.getByTestId('pdf-page').evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(700);
    await screen.close();
  });
});
