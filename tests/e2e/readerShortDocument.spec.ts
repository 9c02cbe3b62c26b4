/**
 * Issue 12: pdf.js's "Invalid page request" when the presenter moved from
 * page 7 of a long document to a short one. A page is drawn only by the
 * document it was asked of (LoadedPdf) and clamped to its pages, so no render
 * of page 7 can reach the 3-page document. Documents of 12 and 3 pages.
 */
import type { Page } from '@playwright/test';
import { openTouchIpad } from './ipadBallot';
import { addColourDocument, present, renderedPage } from './readerDocuments';
import { expect, test } from './fixtures';

function pdfErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('moving from page 7 of a 12-page document to a 3-page one, back and forth, never asks pdf.js for a page the document lacks', async ({ hub, browser }) => {
  const long = await addColourDocument(hub, 12, 'Tài liệu 12 trang');
  const short = await addColourDocument(hub, 3, 'Tài liệu 3 trang');
  present(hub, long, 7);
  const ipad = await openTouchIpad(browser, hub, 4);
  const errors = pdfErrorsOf(ipad.page);
  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const screenErrors = pdfErrorsOf(screen);
  await screen.goto(`${hub.localUrl}/screen/`);
  await expect(renderedPage(ipad.page, long, 7)).toBeVisible();

  for (let round = 0; round < 5; round += 1) {
    present(hub, long, 7 + (round % 3));
    present(hub, short, 1 + (round % 3));
    await expect(renderedPage(ipad.page, short, 1 + (round % 3))).toBeVisible();
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText(`Trang ${1 + (round % 3)}/3`);
    await expect(screen.getByTestId('screen-page')).toHaveText(`Trang ${1 + (round % 3)}/3`);
  }
  // The iPad's own turns stop at the short document's last page.
  await ipad.page.getByRole('button', { name: 'Trang sau' }).tap();
  await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 3/3');
  await expect(renderedPage(ipad.page, short, 3)).toBeVisible();
  await expect(ipad.page.getByRole('button', { name: 'Trang sau' })).toBeDisabled();

  expect([...errors, ...screenErrors].filter((error) => /Invalid page request|page \d+ is not in a document/i.test(error))).toEqual([]);
  await screen.close();
  await ipad.context.close();
});
