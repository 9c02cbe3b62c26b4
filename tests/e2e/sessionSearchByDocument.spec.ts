/**
 * Issue 12: the session-wide search stopped at 200 hits in agenda order, so
 * later documents never appeared, and its message hid the real count. Every
 * matching document is listed with its own count and first hits, "Xem thêm"
 * lists the rest of that document, and the real total is said.
 */
import type { DocumentInfo } from '../../src/shared/protocol';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { makeVietnameseTextPdf } from '../helpers/vietnameseTextPdf';
import { expect, test } from './fixtures';

/** One hit per page: a document of `pages` pages, each with the searched phrase once. */
async function documentWithHits(pages: number): Promise<Uint8Array> {
  return makeVietnameseTextPdf(Array.from({ length: pages }, (_, index) => [`Mục ${index + 1}: dự toán ngân sách xã đảo`, 'theo đề nghị của Ủy ban nhân dân.']));
}

test('a session search whose hits pass 200 lists every matching document with its count, the first hits, "Xem thêm" and the real total', async ({ hub, openIpad }) => {
  test.slow();
  const agenda = hub.engine.state().agenda;
  const pageCounts = [90, 70, 60, 50];
  const documents: DocumentInfo[] = [];
  for (const [index, pages] of pageCounts.entries()) {
    const itemId = agenda[index + 1]?.id ?? '';
    documents.push(await uploadTestDocument(hub, itemId, `du-toan-${index + 1}.pdf`, await documentWithHits(pages), `Dự toán ngân sách số ${index + 1}`));
  }
  const { page } = await openIpad(3);
  await page.getByTestId('session-search-open').tap();
  const search = page.getByTestId('search-session');
  await search.getByRole('searchbox').fill('ngan sach xa dao');
  await search.getByRole('button', { name: 'Tìm' }).tap();
  await expect(search.getByTestId('search-note-pending')).toHaveCount(0, { timeout: 30_000 });

  const total = pageCounts.reduce((sum, count) => sum + count, 0);
  await expect(search.getByTestId('search-total')).toHaveText(`Tìm thấy ${total} kết quả trong ${pageCounts.length} tài liệu.`, { timeout: 30_000 });
  for (const [index, document] of documents.entries()) {
    const group = search.locator(`[data-testid="search-group"][data-document-id="${document.id}"]`);
    await expect(group.getByTestId('search-group-count')).toHaveText(`${pageCounts[index]} kết quả`);
    await expect(group.getByTestId('search-hit')).toHaveCount(5);
    await expect(group.getByTestId('search-show-more')).toHaveText(`Xem thêm ${(pageCounts[index] ?? 0) - 5} kết quả`);
  }

  // The last document's rest, and its last hit opens its last page.
  const last = search.locator(`[data-testid="search-group"][data-document-id="${documents[3]?.id}"]`);
  await last.getByTestId('search-show-more').tap();
  await expect(last.getByTestId('search-hit')).toHaveCount(50);
  await expect(last.getByTestId('search-show-more')).toHaveCount(0);
  await last.getByTestId('search-hit').last().tap();
  await expect(page.getByTestId('reader-title')).toHaveText('Dự toán ngân sách số 4');
  await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 50/50');
});
