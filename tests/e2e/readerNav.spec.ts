/**
 * The iPad reader's navigation under touch: search (without diacritics,
 * across documents, the hit highlighted on its page), go-to-page, bookmarks
 * kept across a reload, thumbnails, large text, and a scanned document that
 * says it cannot be searched.
 */
import type { Page } from '@playwright/test';
import { SEARCHED_PHRASE, uploadSearchableDocuments } from '../helpers/searchableDocuments';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { makeImageOnlyPdf } from '../helpers/vietnameseTextPdf';
import { makePdf } from '../helpers/testPdfs';
import { expect, test } from './fixtures';

async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByTestId('document-button').filter({ hasText: title }).first().tap();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
  await expect(page.locator('[data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();
}

test.describe('the iPad reader: search, bookmarks, thumbnails, go-to-page', () => {
  test('search finds a phrase without diacritics across documents, opens the page, and the highlight is on the page', async ({ hub, openIpad }) => {
    const { budget, roads } = await uploadSearchableDocuments(hub);
    const { page } = await openIpad(3);
    await page.getByTestId('session-search-open').tap();
    const search = page.getByTestId('search-session');
    await search.getByRole('searchbox').fill(SEARCHED_PHRASE);
    await search.getByRole('button', { name: 'Tìm' }).tap();

    // The hits come by document, each document's text index once it reaches the iPad.
    const budgetHits = search.locator(`[data-testid="search-group"][data-document-id="${budget.id}"] [data-testid="search-hit"]`);
    const roadHits = search.locator(`[data-testid="search-group"][data-document-id="${roads.id}"] [data-testid="search-hit"]`);
    await expect(budgetHits).toHaveCount(1, { timeout: 20_000 });
    await expect(roadHits).toHaveCount(1, { timeout: 20_000 });
    await expect(budgetHits).toContainText('Trang 3');
    await expect(budgetHits.locator('mark')).toHaveText('Quỹ bảo trì đường bộ');
    // The hit on the roads report runs over a line break.
    await expect(roadHits).toContainText('Trang 2');
    await expect(roadHits.locator('mark')).toHaveText('quỹ bảo trì đường bộ');

    await roadHits.tap();
    await expect(page.getByTestId('reader-title')).toHaveText(roads.title);
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 2/3');
    const rendered = page.locator('[data-testid="pdf-page"][data-rendered-page="2"]');
    await expect(rendered).toBeVisible();
    const highlights = page.getByTestId('search-highlight');
    await expect(highlights).toHaveCount(2);
    const pageBox = await rendered.boundingBox();
    if (!pageBox) throw new Error('the page has no box');
    for (const box of await Promise.all((await highlights.all()).map((highlight) => highlight.boundingBox()))) {
      if (!box) throw new Error('a highlight has no box');
      expect(box.width).toBeGreaterThan(20);
      expect(box.x).toBeGreaterThanOrEqual(pageBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(pageBox.x + pageBox.width);
      expect(box.y).toBeGreaterThanOrEqual(pageBox.y);
      // The lines are drawn in the top fifth of the page.
      expect(box.y + box.height).toBeLessThanOrEqual(pageBox.y + pageBox.height * 0.2);
    }

    // The reader's own search finds it in this document.
    await page.getByTestId('nav-search').tap();
    const inDocument = page.getByTestId('search-document');
    await inDocument.getByRole('searchbox').fill('QUỸ BẢO TRÌ');
    await inDocument.getByRole('button', { name: 'Tìm' }).tap();
    await expect(inDocument.getByTestId('search-hit')).toHaveCount(1);
  });

  test('a reloaded iPad searches from the text indexes it holds, asking the hub for none again', async ({ hub, openIpad }) => {
    // The hub indexes the demo session's documents too before every document's text has reached the iPad.
    test.slow();
    const { budget } = await uploadSearchableDocuments(hub);
    const { page } = await openIpad(8);
    await page.getByTestId('session-search-open').tap();
    const search = page.getByTestId('search-session');
    await search.getByRole('searchbox').fill(SEARCHED_PHRASE);
    await search.getByRole('button', { name: 'Tìm' }).tap();
    // Every document's text has reached the iPad once no document is still being prepared.
    await expect(search.getByTestId('search-hit')).toHaveCount(2, { timeout: 20_000 });
    await expect(search.getByTestId('search-note-pending')).toHaveCount(0, { timeout: 30_000 });

    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/text')) asked.push(request.url());
    });
    await page.reload();
    await page.getByTestId('session-search-open').tap();
    await search.getByRole('searchbox').fill(SEARCHED_PHRASE);
    await search.getByRole('button', { name: 'Tìm' }).tap();
    await expect(search.locator(`[data-testid="search-group"][data-document-id="${budget.id}"] [data-testid="search-hit"]`)).toHaveCount(1);
    await expect(search.getByTestId('search-note-pending')).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('a scanned document says it cannot be searched, in the session search and in the reader', async ({ hub, openIpad }) => {
    const itemId = hub.engine.state().agenda[4]?.id ?? '';
    const scanned = await uploadTestDocument(hub, itemId, 'anh-quet.pdf', await makeImageOnlyPdf(), 'Biên bản ảnh quét');
    const { page } = await openIpad(4);
    await page.getByTestId('session-search-open').tap();
    const search = page.getByTestId('search-session');
    await search.getByRole('searchbox').fill('bien ban');
    await search.getByRole('button', { name: 'Tìm' }).tap();
    const group = search.locator(`[data-testid="search-group"][data-document-id="${scanned.id}"]`);
    await expect(group.getByTestId('search-note-scanned')).toHaveText('Tài liệu này là ảnh quét, không tìm được chữ', { timeout: 20_000 });

    await openDocument(page, scanned.title);
    await page.getByTestId('nav-search').tap();
    const inDocument = page.getByTestId('search-document');
    await inDocument.getByRole('searchbox').fill('bien ban');
    await inDocument.getByRole('button', { name: 'Tìm' }).tap();
    await expect(inDocument.getByTestId('search-note-scanned')).toBeVisible();
    await page.getByRole('button', { name: 'Đóng' }).tap();
    // "Chữ lớn" is in the toolbar's "⋯ Thêm" list.
    await page.getByTestId('reader-more').tap();
    await page.getByTestId('nav-largeText').tap();
    await expect(page.getByTestId('large-text-none')).toBeVisible();
  });

  test('go-to-page refuses a page the document lacks with a message, and goes to one it has', async ({ hub, openIpad }) => {
    const { budget } = await uploadSearchableDocuments(hub);
    const { page } = await openIpad(5);
    await openDocument(page, budget.title);
    // "Đến trang" and "Chữ lớn" are in the toolbar's "⋯ Thêm" list.
    await page.getByTestId('reader-more').tap();
    await page.getByTestId('nav-goTo').tap();
    await page.getByTestId('goto-input').fill('9');
    await page.getByTestId('goto-submit').tap();
    await expect(page.getByTestId('goto-error')).toHaveText('Tài liệu này có 3 trang; hãy nhập một số từ 1 đến 3.');
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 1/3');
    await page.getByTestId('goto-input').fill('3');
    await page.getByTestId('goto-submit').tap();
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 3/3');
    await expect(page.locator('[data-testid="pdf-page"][data-rendered-page="3"]')).toBeVisible();

    // The page's text in large print, and back.
    await page.getByTestId('reader-more').tap();
    await page.getByTestId('nav-largeText').tap();
    await expect(page.getByTestId('large-text')).toContainText('Đề nghị bổ sung vốn cho Quỹ bảo trì đường bộ của thành phố trong năm 2027.');
    await page.getByRole('button', { name: 'Về trang gốc' }).tap();
    await expect(page.getByTestId('large-text')).toHaveCount(0);
  });

  test('a bookmark survives a reload, and the page list marks it and the presenter’s page', async ({ hub, openIpad }) => {
    const { budget } = await uploadSearchableDocuments(hub);
    const { page } = await openIpad(6);
    await openDocument(page, budget.title);
    await page.getByRole('button', { name: /Trang sau/ }).tap();
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 2/3');
    await page.getByTestId('nav-bookmark').tap();
    await expect(page.getByTestId('nav-bookmark')).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(page.getByTestId('session-title')).toBeVisible();
    await openDocument(page, budget.title);
    await page.getByTestId('nav-pages').tap();
    const bookmarks = page.getByTestId('bookmark-list');
    await expect(bookmarks.getByRole('button')).toHaveText(['★ Trang 2']);
    await expect(page.locator('[data-testid="page-thumbnail"][data-page="2"] [data-testid="thumbnail-bookmark"]')).toBeVisible();

    const secretary = hub.engine.state().principals.secretary;
    if (!secretary) throw new Error('the session has a secretary');
    expect(hub.engine.execute(secretary, { type: 'presentation.show', documentId: budget.id, page: 3, offset: 0 }).ok).toBe(true);
    await expect(page.locator('[data-testid="page-thumbnail"][data-page="3"] [data-testid="thumbnail-presenter"]')).toBeVisible();

    await bookmarks.getByRole('button', { name: '★ Trang 2' }).tap();
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 2/3');
  });

  test('the page list of a 1,500-page document draws only the thumbnails in view', async ({ hub, openIpad }) => {
    test.slow();
    const itemId = hub.engine.state().agenda[4]?.id ?? '';
    const long = await uploadTestDocument(hub, itemId, 'phu-luc-dai.pdf', await makePdf(1500, 'Phu luc'), 'Phụ lục dài');
    const { page } = await openIpad(7);
    await openDocument(page, long.title);
    await page.getByTestId('nav-pages').tap();
    const thumbnails = page.getByTestId('page-thumbnail');
    await expect(thumbnails.first()).toBeVisible();
    expect(await thumbnails.count()).toBeLessThan(20);
    await page.getByTestId('page-thumbnails').evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(page.locator('[data-testid="page-thumbnail"][data-page="1500"]')).toBeVisible();
    expect(await thumbnails.count()).toBeLessThan(20);
    await page.locator('[data-testid="page-thumbnail"][data-page="1500"]').tap();
    await expect(page.getByTestId('reader-page-number')).toHaveText('Trang 1500/1500');
  });
});
