/**
 * Issue 12: "Đọc được cả khi mất mạng" was not true for a document never
 * opened: pdf.js's code, worker, fonts, CMaps and wasm were fetched only at
 * first use. Now they load while the app loads, so with the hub stopped a
 * downloaded document that was never opened still opens and renders.
 */
import { makePdf } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { openTouchIpad } from './ipadBallot';
import { expect, test } from './fixtures';

test('with the hub stopped, a downloaded document never opened before opens and its page renders', async ({ hub, browser }) => {
  const item = hub.engine.state().agenda[0];
  if (!item) throw new Error('no item');
  // Helvetica is not embedded by pdf-lib: pdf.js needs its standard font data to draw this text.
  const document = await uploadTestDocument(hub, item.id, 'khong-mang.pdf', await makePdf(3, 'Doc khi mat mang'), 'Tài liệu đọc khi mất mạng');
  const total = hub.engine.state().documents.length;
  const ipad = await openTouchIpad(browser, hub, 4);
  await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total));
  await expect(ipad.page.locator('html')).toHaveAttribute('data-pdf-reader', 'ready');
  const failed: string[] = [];
  ipad.page.on('requestfailed', (request) => failed.push(request.url()));

  await hub.stop();
  await expect(ipad.page.locator('[data-status="offline"]').first()).toBeVisible();
  await ipad.page.getByRole('button', { name: new RegExp(document.title) }).tap();
  await expect(ipad.page.getByTestId('reader-title')).toHaveText(document.title);
  const rendered = ipad.page.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="1"] canvas`);
  await expect(rendered).toBeVisible();
  await expect(ipad.page.getByText('Chưa mở được tài liệu này')).toHaveCount(0);
  // Nothing of pdf.js was asked of the stopped hub.
  expect(failed.filter((url) => url.includes('/pdfjs/') || url.includes('/assets/'))).toEqual([]);
  await ipad.context.close();
});
