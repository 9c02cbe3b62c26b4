import { makePdf, PNG_BYTES } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

test.describe('session documents', () => {
  test('the secretary adds PDFs with the file picker; a bad file is refused by name and reason; iPads fetch the new one', async ({ hub, openConsole, openIpad }) => {
    const console = await openConsole();
    const ipad = await openIpad(12);
    const total = hub.engine.state().documents.length;
    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total));

    const item = console.getByTestId('console-item').nth(4);
    await item.getByTestId('document-picker').setInputFiles([
      { name: 'bien-ban-thao-luan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(3, 'Bien ban')) },
      { name: 'anh-chup.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PNG_BYTES) },
    ]);
    await expect(item.getByTestId('item-document')).toHaveCount(1);
    await expect(item.getByTestId('item-document')).toContainText('bien-ban-thao-luan');
    await expect(console.getByRole('alert')).toContainText('“anh-chup.pdf”: tệp không phải PDF');
    expect(hub.engine.state().documents).toHaveLength(total + 1);

    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total + 1));
    await expect(ipad.page.getByTestId('prefetch')).toContainText(`Đã tải đủ ${total + 1} tài liệu`);
  });

  test('the secretary drops a PDF onto an agenda item', async ({ hub, openConsole }) => {
    const console = await openConsole();
    const bytes = Array.from(await makePdf(2, 'Keo tha'));
    const item = console.getByTestId('console-item').nth(7).getByTestId('item-documents');
    await item.evaluate((element, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'to-trinh-bo-sung.pdf', { type: 'application/pdf' }));
      element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect(item.getByTestId('item-document')).toContainText('to-trinh-bo-sung');
    expect(hub.engine.state().documents.some((document) => document.fileName === 'to-trinh-bo-sung.pdf')).toBe(true);
  });

  test('an iPad that reloads reads its documents from the device and downloads none again', async ({ hub, openIpad }) => {
    const ipad = await openIpad(13);
    const total = hub.engine.state().documents.length;
    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total));
    const downloads: string[] = [];
    ipad.page.on('request', (request) => {
      // The PDFs; a text index still on its way at the reload is fetched once (readerNav.spec.ts checks those).
      if (request.url().includes('/documents/') && request.url().endsWith('.pdf')) downloads.push(request.url());
    });
    await ipad.page.reload();
    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total));
    await ipad.page.getByTestId('document-button').first().click();
    await expect(ipad.page.locator('[data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();
    expect(downloads).toEqual([]);
  });

  test('the console shows which delegates opened a document', async ({ hub, openConsole, openIpad }) => {
    const console = await openConsole();
    const ipad = await openIpad(15);
    await ipad.page.getByTestId('document-button').first().click();
    await expect(ipad.page.locator('[data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();
    const first = console.getByTestId('item-document').first();
    await expect(first).toContainText(`Đã mở: 1/${hub.engine.state().seats.length}`);
    await first.locator('summary').click();
    await expect(first).toContainText(hub.engine.state().seats[14]?.name ?? 'seat 15');
  });
});
