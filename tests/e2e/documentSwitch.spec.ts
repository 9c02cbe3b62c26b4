/**
 * Issue 12's blocker: after the presenter moved from one document to another
 * of a different page size, a following iPad showed the old document's page
 * under the new title, and kept it cached. Every canvas painted on the iPad,
 * the big screen and the console's preview is compared, by a hash of its
 * pixels, with a reference render of the page it claims to be, made by pdf.js
 * in the same browser.
 */
import type { Browser, Page } from '@playwright/test';
import type { DocumentInfo } from '../../src/shared/protocol';
import { currentlyPainted, paintRecorderScript, readPaintedPages, referenceRequests, wrongPaints } from '../helpers/paintedPages';
import type { PaintedPage } from '../helpers/paintedPages';
import { renderReferencesInPage, startReferenceRenderServer } from '../helpers/referenceRenderServer';
import { SWITCH_WALK, uploadSwitchingDocuments } from '../helpers/switchingDocuments';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { expect, test } from './fixtures';

/** Waits until `page` paints `pageNumber` of `document`, and returns that canvas as painted. */
async function paintedWhenShown(page: Page, document: DocumentInfo, pageNumber: number): Promise<PaintedPage> {
  await expect(page.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="${pageNumber}"] canvas`)).toBeAttached();
  const painted = await page.evaluate(currentlyPainted, document.id);
  if (!painted) throw new Error(`no canvas for ${document.title}`);
  return painted;
}

/** Collects what a page logs as an error, and what it throws. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every paint the recorder saw on `page`, plus the canvases shown at each step, checked against reference renders. */
async function expectOnlyRightPages(browser: Browser, bytes: Map<string, Uint8Array>, paints: PaintedPage[]): Promise<void> {
  expect(paints.length).toBeGreaterThan(0);
  const server = await startReferenceRenderServer(bytes);
  const reference = await browser.newPage();
  try {
    await reference.goto(server.url);
    const references = await reference.evaluate(renderReferencesInPage, referenceRequests(paints));
    expect(wrongPaints(paints, references)).toEqual([]);
  } finally {
    await reference.close();
    await server.stop();
  }
}

test.describe('switching between documents of different page sizes (issue 12)', () => {
  // 20 switches, each awaited on every surface, and the canvases hashed: more than a short test's time on a shared 2-core machine.
  test.slow();

  test('a following iPad and the big screen paint only the right page of the right document through 20 switches', async ({ hub, openIpad, browser }) => {
    const { byName, bytes } = await uploadSwitchingDocuments(hub);
    const ipad = await openIpad(4);
    await ipad.page.addInitScript({ content: paintRecorderScript });
    await ipad.page.reload();
    const ipadErrors = errorsOf(ipad.page);
    const screen = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const screenErrors = errorsOf(screen);
    await screen.addInitScript({ content: paintRecorderScript });
    await screen.goto(`${hub.localUrl}/screen/`);
    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(hub.engine.state().documents.length));
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));

    const shown: PaintedPage[] = [];
    for (const [name, pageNumber] of SWITCH_WALK) {
      const document = byName[name];
      const reply = await secretary.command({ type: 'presentation.show', documentId: document.id, page: pageNumber, offset: 0 });
      expect(reply.type).toBe('ack');
      await expect(ipad.page.getByTestId('reader-title')).toHaveText(document.title);
      await expect(ipad.page.getByTestId('reader-page-number')).toHaveText(`Trang ${pageNumber}/${document.pages}`);
      shown.push(await paintedWhenShown(ipad.page, document, pageNumber));
      await expect(screen.getByTestId('screen-page')).toHaveText(`Trang ${pageNumber}/${document.pages}`);
      shown.push(await paintedWhenShown(screen, document, pageNumber));
    }
    secretary.close();

    // pdf.js is never asked for a page the document lacks (it used to be, going from page 7 of a long document to a short one).
    expect([...ipadErrors, ...screenErrors].filter((error) => /Invalid page request/i.test(error))).toEqual([]);
    const ipadPaints = await ipad.page.evaluate(readPaintedPages);
    const screenPaints = await screen.evaluate(readPaintedPages);
    await screen.close();
    await expectOnlyRightPages(browser, bytes, [...shown, ...ipadPaints, ...screenPaints]);
  });

  test('the console’s preview paints only the right page of the right document through 20 switches', async ({ hub, openConsole, browser }) => {
    const { byName, bytes } = await uploadSwitchingDocuments(hub);
    const console = await openConsole();
    await console.addInitScript({ content: paintRecorderScript });
    await console.reload();
    const consoleErrors = errorsOf(console);
    await console.getByRole('tab', { name: 'Trình chiếu' }).click();

    const shown: PaintedPage[] = [];
    for (const [name, pageNumber] of SWITCH_WALK) {
      const document = byName[name];
      await console.getByTestId('presenter-document').selectOption(document.id);
      await expect(console.getByTestId('presenter-page')).toHaveText(`Trang 1/${document.pages}`);
      if (pageNumber !== 1) {
        await console.getByTestId('presenter-goto').fill(String(pageNumber));
        await console.getByTestId('presenter-goto').press('Enter');
        await expect(console.getByTestId('presenter-page')).toHaveText(`Trang ${pageNumber}/${document.pages}`);
      }
      shown.push(await paintedWhenShown(console, document, pageNumber));
    }

    expect(consoleErrors.filter((error) => /Invalid page request/i.test(error))).toEqual([]);
    await expectOnlyRightPages(browser, bytes, [...shown, ...(await console.evaluate(readPaintedPages))]);
  });

  test('going back to a document’s first page after another document shows that document, not the other', async ({ hub, openIpad, browser }) => {
    const { byName, bytes } = await uploadSwitchingDocuments(hub);
    const ipad = await openIpad(5);
    await ipad.page.addInitScript({ content: paintRecorderScript });
    await ipad.page.reload();
    await expect(ipad.page.getByTestId('prefetch')).toHaveAttribute('data-done', String(hub.engine.state().documents.length));
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const { a4Portrait: a, a4Landscape: b } = byName;

    const shown: PaintedPage[] = [];
    for (const [document, pageNumber] of [[a, 1], [b, 1], [a, 2], [b, 1]] as const) {
      await secretary.command({ type: 'presentation.show', documentId: document.id, page: pageNumber, offset: 0 });
      shown.push(await paintedWhenShown(ipad.page, document, pageNumber));
    }
    secretary.close();

    const [, firstVisit, , secondVisit] = shown;
    expect(secondVisit?.hash).toBe(firstVisit?.hash);
    await expectOnlyRightPages(browser, bytes, shown);
  });
});
