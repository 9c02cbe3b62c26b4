/**
 * Private notes on an emulated iPad with touch: a page note and a highlight
 * survive a reload and a re-pair of the seat on a new browser context (after
 * the delegate's code is entered there), and a finger drawing survives a reload.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { devices } from '@playwright/test';
import type { Page } from '@playwright/test';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { expect, test } from './fixtures';

const CODE = 'mã riêng 2468';
const PAGE_NOTE = 'Hỏi lại số liệu chi thường xuyên';

async function openFirstDocument(page: Page): Promise<void> {
  await page.getByTestId('document-button').first().click();
  await expect(page.locator('[data-testid="pdf-page"][data-rendered-page="1"]')).toBeVisible();
  await expect(page.getByTestId('notes-layer')).toBeVisible();
}

async function setUpCode(page: Page): Promise<void> {
  await page.getByTestId('notes-button').click();
  const dialog = page.getByTestId('notes-passphrase');
  await expect(dialog).toContainText('ban thư ký cũng không đọc được');
  await dialog.getByTestId('notes-passphrase-input').fill(CODE);
  await dialog.getByTestId('notes-passphrase-repeat').fill(CODE);
  await dialog.getByTestId('notes-passphrase-submit').click();
  await expect(page.getByTestId('notes-menu')).toBeVisible();
}

/** Selects the first words of the page's text layer, as a long press would. */
async function selectFirstWords(page: Page): Promise<string> {
  await expect(page.locator('[data-testid="notes-text-layer"][data-ready="true"] span').first()).toBeAttached();
  return page.evaluate(() => {
    const span = Array.from(document.querySelectorAll('[data-testid="notes-text-layer"] span')).find((candidate) => (candidate.textContent ?? '').trim().length > 3);
    const text = span?.firstChild;
    if (!span || !text) throw new Error('The page has no text to select');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.textContent?.length ?? 0);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return (text.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('notes-layer')).toHaveAttribute('data-unsaved', '0');
}

test.describe('private notes', () => {
  test('a page note and a highlight survive a reload, and reach a re-paired iPad of the seat once the code is entered', async ({ hub, openIpad, browser }) => {
    // Two iPads, a reload, the code derived three times and a PDF made: longer than one screen's test.
    test.setTimeout(60_000);
    const ipad = await openIpad(3);
    await openFirstDocument(ipad.page);
    await setUpCode(ipad.page);

    await ipad.page.getByTestId('notes-add-page-note').click();
    await ipad.page.getByTestId('note-editor-text').fill(PAGE_NOTE);
    await ipad.page.getByTestId('note-editor-save').click();
    const quote = await selectFirstWords(ipad.page);
    await ipad.page.getByTestId('notes-highlight-button').click();
    await expect(ipad.page.getByTestId('notes-highlight').first()).toBeVisible();
    await expect(ipad.page.getByTestId('notes-marker')).toHaveCount(2);
    await saved(ipad.page);

    await ipad.page.reload();
    await openFirstDocument(ipad.page);
    await expect(ipad.page.getByTestId('notes-marker')).toHaveCount(2);
    await expect(ipad.page.getByTestId('notes-highlight').first()).toBeVisible();
    await expect(ipad.page.getByTestId('notes-passphrase')).toHaveCount(0);

    // The seat is re-paired: the old link ends, a new iPad opens the new one.
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    expect((await secretary.command({ type: 'pairing.reissue', principalId: 'seat-3' })).type).toBe('ack');
    secretary.close();
    const fresh = await browser.newContext({ ...devices['iPad Pro 11'] });
    const page = await fresh.newPage();
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 3);
    if (!link) throw new Error('No link for seat 3');
    await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
    await openFirstDocument(page);
    await expect(page.getByTestId('notes-marker')).toHaveCount(0);
    await page.getByTestId('notes-button').click();
    const dialog = page.getByTestId('notes-passphrase');
    await dialog.getByTestId('notes-passphrase-input').fill('mã sai 13579');
    await dialog.getByTestId('notes-passphrase-submit').click();
    await expect(dialog.getByTestId('notes-passphrase-problem')).toHaveText('Mã không đúng. Hãy thử lại.');
    await expect(page.getByTestId('notes-marker')).toHaveCount(0);
    await dialog.getByTestId('notes-passphrase-input').fill(CODE);
    await dialog.getByTestId('notes-passphrase-submit').click();
    await expect(page.getByTestId('notes-marker')).toHaveCount(2);
    await expect(page.getByTestId('notes-highlight').first()).toBeVisible();

    // From another page, the list takes the delegate back to the note's page.
    await page.getByRole('button', { name: /Trang sau/ }).click();
    await expect(page.getByTestId('reader-page-number')).toHaveText(/^Trang 2\//);
    await page.getByTestId('notes-button').click();
    await page.getByTestId('notes-open-list').click();
    const list = page.getByTestId('notes-list');
    await expect(list.getByTestId('notes-list-item')).toHaveCount(2);
    await expect(list).toContainText(PAGE_NOTE);
    await expect(list).toContainText(quote);
    await list.getByTestId('notes-list-item').filter({ hasText: quote }).click();
    await expect(list).toHaveCount(0);
    await expect(page.getByTestId('reader-page-number')).toHaveText(/^Trang 1\//);
    await expect(page.getByTestId('notes-marker')).toHaveCount(2);

    await page.getByTestId('notes-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notes-export').click()]);
    const file = test.info().outputPath('ghi-chu-rieng.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ghi chú riêng của Đại biểu');
    expect(text).toContain(PAGE_NOTE);
    expect(text).toContain(quote);
    expect(text).toContain('Trang 1 · Tô sáng');
    await fresh.close();
  });

  test('a finger drawing leaves a stroke that survives a reload, and swiping does not turn the page while drawing', async ({ openIpad }) => {
    const ipad = await openIpad(4);
    await openFirstDocument(ipad.page);
    await setUpCode(ipad.page);
    await ipad.page.getByTestId('notes-draw').click();
    await expect(ipad.page.getByTestId('notes-drawing-toolbar')).toBeVisible();
    const pageNumber = await ipad.page.getByTestId('reader-page-number').textContent();

    const box = await ipad.page.getByTestId('notes-drawing').boundingBox();
    if (!box) throw new Error('No drawing surface');
    const cdp = await ipad.context.newCDPSession(ipad.page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    const startX = box.x + box.width * 0.2;
    const y = box.y + Math.min(box.height, 700) * 0.4;
    await touch('touchStart', startX, y);
    for (let step = 1; step <= 12; step += 1) await touch('touchMove', startX + step * 40, y + step * 6);
    await touch('touchEnd', startX + 480, y + 72);

    await expect(ipad.page.getByTestId('notes-drawing')).toHaveAttribute('data-strokes', '1');
    await expect(ipad.page.getByTestId('reader-page-number')).toHaveText(pageNumber ?? '');
    await saved(ipad.page);

    await ipad.page.getByTestId('notes-drawing-done').click();
    await ipad.page.reload();
    await openFirstDocument(ipad.page);
    await expect(ipad.page.getByTestId('notes-drawing')).toHaveAttribute('data-strokes', '1');
    await expect(ipad.page.locator('[data-testid="notes-drawing"] polyline')).toHaveCount(1);
  });

  test('a forgotten code: "Bắt đầu lại" warns first, and only on confirmation discards the old notes for a new code', async ({ hub, openIpad, browser }) => {
    test.setTimeout(60_000);
    const ipad = await openIpad(5);
    await openFirstDocument(ipad.page);
    await setUpCode(ipad.page);
    await ipad.page.getByTestId('notes-add-page-note').click();
    await ipad.page.getByTestId('note-editor-text').fill(PAGE_NOTE);
    await ipad.page.getByTestId('note-editor-save').click();
    await saved(ipad.page);

    const other = await browser.newContext({ ...devices['iPad Pro 11'] });
    const page = await other.newPage();
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 5);
    if (!link) throw new Error('No link for seat 5');
    await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
    await openFirstDocument(page);
    await page.getByTestId('notes-button').click();
    const dialog = page.getByTestId('notes-passphrase');
    await dialog.getByRole('button', { name: 'Bắt đầu lại' }).click();
    await expect(dialog).toContainText('Quên mã thì không ai mở lại được ghi chú cũ');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await expect(dialog.getByTestId('notes-passphrase-input')).toBeVisible();
    const storedNotes = async () => ((await (await fetch(`${hub.localUrl}/api/notes`, { headers: { Authorization: `Bearer ${tokenOf(hub, 'seat-5')}` } })).json()) as { notes: unknown[] }).notes.length;
    expect(await storedNotes()).toBe(1);

    await dialog.getByRole('button', { name: 'Bắt đầu lại' }).click();
    await dialog.getByTestId('notes-start-over-confirm').click();
    await expect(dialog.getByTestId('notes-passphrase-repeat')).toBeVisible();
    await dialog.getByTestId('notes-passphrase-input').fill('mã mới 112233');
    await dialog.getByTestId('notes-passphrase-repeat').fill('mã mới 112233');
    await dialog.getByTestId('notes-passphrase-submit').click();
    await expect(page.getByTestId('notes-menu')).toBeVisible();
    await expect(page.getByTestId('notes-marker')).toHaveCount(0);
    await page.getByTestId('notes-open-list').click();
    await expect(page.getByTestId('notes-list')).toContainText('Chưa có ghi chú nào.');
    expect(await storedNotes()).toBe(0);
    await other.close();
  });
});
