/** The delegate app in a real WebKit engine: it pairs, shows the current item and follows a change. */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { makeColourPdf, pageColour } from '../helpers/testPdfs';
import { TestSocket } from '../helpers/testSocket';
import { uploadTestDocument } from '../helpers/uploadTestDocument';
import { sameColour } from '../e2e/canvasColour';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;

useWebkitHall((hall) => ({ hub, webkit } = hall));

async function textOf(testId: string): Promise<string> {
  return webkit.browser.$(`[data-testid="${testId}"]`).getText();
}

async function waitForText(testId: string, expected: string): Promise<void> {
  await webkit.browser.waitUntil(async () => (await textOf(testId).catch(() => '')).includes(expected), {
    timeout: 10_000,
    timeoutMsg: `WebKit never showed "${expected}" in ${testId}`,
  });
}

describe('delegate app in WebKit', () => {
  it('pairs through the seat link and shows the session, the seat and the connection', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 12);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await waitForText('session-title', hub.engine.state().session?.title ?? '');
    await waitForText('delegate-seat', 'Ghế 12');
    expect(await textOf('current-item-title')).toBe('Chưa bắt đầu nội dung nào');
    const status = await webkit.browser.$('[data-status]').getAttribute('data-status');
    expect(status).toBe('online');
    expect(await webkit.browser.execute(() => window.location.hash)).toBe('');
  });

  it('follows a change of the current item made by the secretary', async () => {
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const item = hub.engine.state().agenda[6];
    const reply = await secretary.command({ type: 'agenda.setCurrent', itemId: item?.id ?? null });
    expect(reply.type).toBe('ack');
    await waitForText('current-item-title', item?.title ?? '');
    await waitForText('agenda-item-current', item?.title ?? '');
    mkdirSync('test-results/webkit', { recursive: true });
    // WebKitGTK under Xvfb repaints a moment after the DOM changes; wait so the screenshot shows the change.
    await webkit.browser.pause(1500);
    await webkit.browser.saveScreenshot('test-results/webkit/delegate-current-item.png');
    secretary.close();
  });

  it('stays paired after a reload', async () => {
    await webkit.browser.refresh();
    await waitForText('delegate-seat', 'Ghế 12');
    await waitForText('current-item-title', hub.engine.state().agenda[6]?.title ?? '');
    await webkit.browser.saveScreenshot('test-results/webkit/delegate-after-reload.png');
  });
});

describe('document reader in WebKit', () => {
  async function shownColour(documentId: string, page: number): Promise<number[] | null> {
    return webkit.browser.execute(
      (id: string, number: number) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="pdf-page"][data-document-id="${id}"][data-rendered-page="${number}"] canvas`);
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return null;
        return Array.from(context.getImageData(Math.floor(canvas.width / 2), Math.floor(canvas.height / 2), 1, 1).data.slice(0, 3));
      },
      documentId,
      page,
    );
  }

  async function waitForPage(documentId: string, page: number): Promise<void> {
    await webkit.browser.waitUntil(async () => {
      const colour = await shownColour(documentId, page);
      return colour !== null && sameColour(colour, pageColour(page));
    }, { timeout: 15_000, timeoutMsg: `WebKit never drew page ${page}` });
  }

  it('renders the page the presenter shows, and follows a page turn', async () => {
    const item = hub.engine.state().agenda[1];
    const document = await uploadTestDocument(hub, item?.id ?? '', 'mau.pdf', await makeColourPdf(6), 'Tài liệu màu');
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    await secretary.command({ type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
    await waitForPage(document.id, 1);
    await secretary.command({ type: 'presentation.show', documentId: document.id, page: 3, offset: 0 });
    await waitForPage(document.id, 3);
    expect(await textOf('reader-page-number')).toBe('Trang 3/6');
    await webkit.browser.pause(1500);
    await webkit.browser.saveScreenshot('test-results/webkit/delegate-reader.png');
    secretary.close();
  });
});
