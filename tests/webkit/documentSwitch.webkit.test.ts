/**
 * Issue 12 in a real WebKit engine: a delegate following the presenter through
 * 20 switches between documents of different page sizes and counts paints only
 * the right page of the right document. Every canvas painted is compared, by a
 * hash of its pixels, with a reference render of its page made by pdf.js in the
 * same browser.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { currentlyPainted, paintRecorderScript, readPaintedPages, referenceRequests, wrongPaints } from '../helpers/paintedPages';
import type { PaintedPage } from '../helpers/paintedPages';
import { renderReferencesInPage, startReferenceRenderServer } from '../helpers/referenceRenderServer';
import { SWITCH_WALK, uploadSwitchingDocuments } from '../helpers/switchingDocuments';
import type { SwitchingDocuments } from '../helpers/switchingDocuments';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;
let documents: SwitchingDocuments;

useWebkitHall(
  (hall) => ({ hub, webkit } = hall),
  async (started) => {
    documents = await uploadSwitchingDocuments(started);
  },
);

/** The element's text content (WebDriver's getText gives '' for text the layout clips, as the reader's title may be). */
async function textOf(testId: string): Promise<string> {
  return webkit.browser.execute((id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);
}

/** Waits until the reader names the document and page, and its holder has a canvas of that page; returns that canvas as painted. */
async function paintedWhenShown(document: DocumentInfo, page: number): Promise<PaintedPage> {
  let painted: PaintedPage | null = null;
  await webkit.browser.waitUntil(
    async () => {
      if ((await textOf('reader-title')) !== document.title) return false;
      if ((await textOf('reader-page-number')) !== `Trang ${page}/${document.pages}`) return false;
      painted = await webkit.browser.execute(currentlyPainted, document.id);
      return painted !== null && painted.page === page;
    },
    { timeout: 15_000, timeoutMsg: `WebKit never painted page ${page} of ${document.title}` },
  );
  if (!painted) throw new Error('unreachable: waitUntil returned without a paint');
  return painted;
}

describe('switching documents in WebKit (issue 12)', () => {
  it('a following delegate paints only the right page of the right document through 20 switches between page sizes and counts', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 14);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await webkit.browser.execute(paintRecorderScript);
    const total = String(hub.engine.state().documents.length);
    await webkit.browser.waitUntil(async () => (await webkit.browser.$('[data-testid="prefetch"]').getAttribute('data-done').catch(() => null)) === total, {
      timeout: 20_000,
      timeoutMsg: 'WebKit never finished downloading the documents',
    });
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));

    const shown: PaintedPage[] = [];
    for (const [name, page] of SWITCH_WALK) {
      const document = documents.byName[name];
      const reply = await secretary.command({ type: 'presentation.show', documentId: document.id, page, offset: 0 });
      expect(reply.type).toBe('ack');
      shown.push(await paintedWhenShown(document, page));
    }
    secretary.close();
    const { a4Portrait: a, a4Landscape: b } = documents.byName;
    const visitsOfBFirstPage = shown.filter((paint) => paint.documentId === b.id && paint.page === 1);
    expect(visitsOfBFirstPage.length).toBeGreaterThan(1);
    expect(shown.some((paint) => paint.documentId === a.id && paint.hash === visitsOfBFirstPage[0]?.hash)).toBe(false);

    const paints = [...shown, ...(await webkit.browser.execute(readPaintedPages))];
    const server = await startReferenceRenderServer(documents.bytes);
    try {
      await webkit.browser.url(server.url);
      const references = await webkit.browser.execute(renderReferencesInPage, referenceRequests(paints));
      expect(wrongPaints(paints, references)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
