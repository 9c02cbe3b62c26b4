/**
 * Issue 12's reader in a real WebKit engine (Safari's family). WebKitGTK has
 * no touch emulation, so what is checked is what WebKit makes of the reader's
 * touch-action (it must keep horizontal swipes for turning while the page
 * fits, and give them back for panning once zoomed), that pdf.js is ready
 * before any document is opened (offline), and that reading mode leaves a way
 * back.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo, Principal } from '../../src/shared/protocol';
import { makeColourPdf } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;
let colours: DocumentInfo;
const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

useWebkitHall(
  (hall) => ({ hub, webkit } = hall),
  async (started) => {
    const item = started.engine.state().agenda[2];
    if (!item) throw new Error('no item');
    colours = await uploadTestDocument(started, item.id, 'mau-sac.pdf', await makeColourPdf(6), 'Tài liệu màu');
    const shown = started.engine.execute(secretary, { type: 'presentation.show', documentId: colours.id, page: 2, offset: 0 });
    if (!shown.ok) throw new Error(shown.message);
  },
);

/** The page scroller's computed touch-action, as WebKit resolves it. */
function scrollerTouchAction(): Promise<string> {
  return webkit.browser.execute(() => {
    const scroller = document.querySelector('.reader-page');
    return scroller ? getComputedStyle(scroller).touchAction : '';
  });
}

async function waitFor(check: () => Promise<boolean>, message: string): Promise<void> {
  await webkit.browser.waitUntil(check, { timeout: 20_000, timeoutMsg: message });
}

describe('the iPad reader in WebKit (issue 12)', () => {
  it('keeps horizontal swipes for turning while the page fits, and lets a zoomed page pan', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 9);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await waitFor(async () => (await webkit.browser.$(`[data-testid="pdf-page"][data-document-id="${colours.id}"][data-rendered-page="2"]`).isExisting()), 'the presented page never rendered');

    expect(await scrollerTouchAction()).toBe('pan-y pinch-zoom');
    await webkit.browser.$('button[aria-label="Phóng to"]').click();
    await waitFor(async () => (await scrollerTouchAction()) !== 'pan-y pinch-zoom', 'the zoomed page kept the unzoomed touch-action');
    expect(await scrollerTouchAction()).toBe('pan-x pan-y pinch-zoom');
  });

  it('has pdf.js loaded, its worker started and its files held before a document is opened', async () => {
    await waitFor(async () => (await webkit.browser.execute(() => document.documentElement.dataset.pdfReader)) === 'ready', 'pdf.js never became ready');
  });

  it('hides the toolbar in reading mode and comes back with the visible button', async () => {
    await webkit.browser.$('[data-testid="reading-mode-enter"]').click();
    await waitFor(async () => !(await webkit.browser.$('[data-testid="reader-toolbar"]').isExisting()), 'the toolbar stayed in reading mode');
    expect(await webkit.browser.$('[data-testid="reading-mode-exit"]').isDisplayed()).toBe(true);
    await webkit.browser.$('[data-testid="reading-mode-exit"]').click();
    await waitFor(async () => webkit.browser.$('[data-testid="reader-toolbar"]').isExisting(), 'the toolbar did not come back');
  });
});
