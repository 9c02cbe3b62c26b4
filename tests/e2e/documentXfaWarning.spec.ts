/** The secretary adds an XFA-only PDF: it is kept, and the console warns, in Vietnamese first, what the iPads will show. */
import { makeXfaOnlyPdf } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

test('an XFA-only PDF is added with a warning that the iPads will show only its "Please wait…" page', async ({ hub, openConsole }) => {
  const console = await openConsole();
  const total = hub.engine.state().documents.length;
  const item = console.getByTestId('console-item').nth(4);
  await item.getByTestId('document-picker').setInputFiles([{ name: 'to-khai-xfa.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeXfaOnlyPdf()) }]);
  await expect(item.getByTestId('item-document')).toContainText('to-khai-xfa');
  const warning = console.getByRole('alert');
  await expect(warning).toContainText('Đã thêm “to-khai-xfa.pdf”, nhưng tệp là biểu mẫu XFA');
  await expect(warning).toContainText('iPad của đại biểu sẽ chỉ hiện trang chờ “Please wait…”');
  expect(hub.engine.state().documents).toHaveLength(total + 1);
});
