/**
 * Document versions end to end: the secretary replaces a document from the
 * console; an emulated iPad (touch) shows "Đã cập nhật", the new page count
 * beside the previous one, and opens the previous version read-only.
 */
import { makePdf } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { expect, test } from './fixtures';

const TITLE = 'Tờ trình ngân sách';

test.describe('document versions', () => {
  test('a replaced document shows the notice and the new page count, and "Xem bản trước" opens the previous version', async ({ hub, openConsole, openIpad }) => {
    const itemId = hub.engine.state().agenda[0]?.id ?? '';
    const original = await uploadTestDocument(hub, itemId, 'to-trinh.pdf', await makePdf(12, 'Ban truoc'), TITLE);
    const console = await openConsole();

    const row = console.getByTestId('item-document').filter({ hasText: TITLE });
    await row.getByTestId('replace-picker').setInputFiles({ name: 'to-trinh-sua.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(14, 'Ban moi')) });
    await expect(row.getByTestId('replace-outcome')).toContainText('Đã thay thế bằng “to-trinh-sua.pdf” (bản 2)');
    await expect(row.getByTestId('version-badge')).toHaveText('Bản 2');

    // An iPad paired after the replacement never held the earlier file: "Xem bản trước" fetches it from the hub.
    const ipad = await openIpad(12);

    const button = ipad.page.getByTestId('document-button').filter({ hasText: TITLE }).first();
    await expect(button.getByTestId('updated-badge')).toHaveText('Đã cập nhật');
    await expect(button).toContainText('14 trang');
    await button.click();
    await expect(ipad.page.getByTestId('document-version-notice')).toContainText('Đã cập nhật');
    await expect(ipad.page.getByTestId('document-version-pages')).toHaveText('Bản mới: 14 trang · bản trước: 12 trang');
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 1/14');
    await expect(ipad.page.locator('.reader-body [data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();

    const oldFile = ipad.page.waitForResponse((response) => response.url().endsWith(`/documents/${original.sha256}.pdf`));
    await ipad.page.getByRole('button', { name: 'Xem bản trước' }).click();
    expect((await oldFile).status()).toBe(200);
    const viewer = ipad.page.getByTestId('previous-version');
    await expect(viewer).toContainText('Đang xem bản trước (12 trang) — chỉ để đọc');
    await expect(viewer.locator('[data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();
    await expect(viewer.getByTestId('pdf-page')).toHaveAttribute('data-document-id', `${original.id}:${original.sha256}`);
    await expect(viewer.getByTestId('previous-version-page')).toHaveText('Trang 1/12');
    await viewer.getByRole('button', { name: /Trang sau/ }).tap();
    await expect(viewer.getByTestId('previous-version-page')).toHaveText('Trang 2/12');
    await expect(viewer.locator('[data-testid="pdf-page"][data-rendered-page="2"]')).toBeVisible();
    await viewer.getByRole('button', { name: 'Về bản mới' }).tap();
    await expect(viewer).toHaveCount(0);
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText('Trang 1/14');
  });

  test('the console refuses the same file again by name and reason, and the supplementary mark reaches the iPad', async ({ hub, openConsole, openIpad }) => {
    const itemId = hub.engine.state().agenda[0]?.id ?? '';
    const bytes = await makePdf(3, 'Giong nhau');
    await uploadTestDocument(hub, itemId, 'bo-sung.pdf', bytes, TITLE);
    const console = await openConsole();
    const ipad = await openIpad(14);
    const row = console.getByTestId('item-document').filter({ hasText: TITLE });

    await row.getByTestId('replace-picker').setInputFiles({ name: 'bo-sung-lai.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await expect(row.getByRole('alert')).toContainText('Chưa thay thế được bằng “bo-sung-lai.pdf”: Tài liệu này đã có');
    await row.getByRole('button', { name: 'Đóng' }).click();
    await expect(row.getByTestId('replace-outcome')).toHaveCount(0);

    await row.getByLabel('Tài liệu bổ sung').check();
    const button = ipad.page.getByTestId('document-button').filter({ hasText: TITLE }).first();
    await expect(button.getByTestId('supplementary-badge')).toHaveText('Tài liệu bổ sung');
    await expect(button.getByTestId('updated-badge')).toHaveCount(0);
  });
});
