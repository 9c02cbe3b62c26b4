/** The big screen fits every page of a document that mixes page sizes by that page's own shape, in every paint. */
import { currentlyPainted, paintRecorderScript, readPaintedPages, referenceRequests, wrongPaints } from '../helpers/paintedPages';
import { renderReferencesInPage, startReferenceRenderServer } from '../helpers/referenceRenderServer';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { makeMixedSizePdf, PAGE_SIZES } from '../helpers/testPdfs';
import { TestSocket } from '../helpers/testSocket';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { expect, test } from './fixtures';

const SCREEN = { width: 1600, height: 900 };

test('the big screen shows each page of a document with portrait and landscape pages whole and as large as it fits, in every paint', async ({ hub, browser }) => {
  const item = hub.engine.state().agenda[2];
  if (!item) throw new Error('no item');
  const bytes = await makeMixedSizePdf([PAGE_SIZES.a4Portrait, PAGE_SIZES.a4Landscape, PAGE_SIZES.a3Portrait], 6, 2);
  const document = await uploadTestDocument(hub, item.id, 'hon-hop.pdf', bytes, 'Tài liệu nhiều khổ giấy');
  const screen = await browser.newPage({ viewport: SCREEN });
  await screen.addInitScript({ content: paintRecorderScript });
  await screen.goto(`${hub.localUrl}/screen/`);
  const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));

  for (const page of [1, 2, 3, 4, 5, 6, 2]) {
    await secretary.command({ type: 'presentation.show', documentId: document.id, page, offset: 0 });
    await expect(screen.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="${page}"] canvas`)).toBeAttached();
  }
  secretary.close();
  const box = await screen.locator('.screen-page').evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));
  const painted = await screen.evaluate(readPaintedPages);
  const shown = await screen.evaluate(currentlyPainted, document.id);
  await screen.close();

  expect(shown?.page).toBe(2);
  // Each paint touches two opposite edges of the screen's page area: its full width or its full height.
  const misfits = painted.filter(({ cssWidth, width, height }) => {
    const cssHeight = (cssWidth * height) / width;
    const fillsWidth = Math.abs(cssWidth - box.width) <= 1;
    const fillsHeight = Math.abs(cssHeight - box.height) <= 2;
    return !(fillsWidth || fillsHeight) || cssWidth > box.width + 1 || cssHeight > box.height + 2;
  });
  expect(misfits).toEqual([]);

  const server = await startReferenceRenderServer(new Map([[document.id, bytes]]));
  const reference = await browser.newPage();
  try {
    await reference.goto(server.url);
    expect(wrongPaints(painted, await reference.evaluate(renderReferencesInPage, referenceRequests(painted)))).toEqual([]);
  } finally {
    await reference.close();
    await server.stop();
  }
});
