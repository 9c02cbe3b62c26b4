/**
 * Helpers for the reader's browser tests: a document of many pages put on the
 * hub and presented (so a following iPad opens it), and real touch gestures
 * through Chromium's DevTools protocol (`Input.dispatchTouchEvent`), since
 * Playwright's touchscreen only taps.
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, DocumentInfo, Principal } from '../../src/shared/protocol';
import { makeColourPdf } from '../helpers/testPdfs';
import { uploadTestDocument } from '../helpers/uploadTestDocument';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

export function asSecretary(hub: Hub, command: Command): void {
  const outcome = hub.engine.execute(secretary, command);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code} ${outcome.message}`);
}

/** Adds a colour document of `pages` pages (one colour per page) to the third agenda item. */
export async function addColourDocument(hub: Hub, pages: number, title = 'Tài liệu màu'): Promise<DocumentInfo> {
  const item = hub.engine.state().agenda[2];
  if (!item) throw new Error('no item');
  return uploadTestDocument(hub, item.id, `mau-sac-${pages}.pdf`, await makeColourPdf(pages), title);
}

/** The presenter shows `page` of `document`; following iPads go there. */
export function present(hub: Hub, document: DocumentInfo, page = 1): void {
  asSecretary(hub, { type: 'presentation.show', documentId: document.id, page, offset: 0 });
}

/** The rendered page holder once it shows `page` of `document`. */
export function renderedPage(page: Page, document: DocumentInfo, pageNumber: number) {
  return page.locator(`[data-testid="pdf-page"][data-document-id="${document.id}"][data-rendered-page="${pageNumber}"]`);
}

interface Point {
  x: number;
  y: number;
}

/** One finger down at `from`, moved in steps to `to`, lifted: a real touch swipe. */
export async function touchSwipe(page: Page, from: Point, to: Point, steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
    for (let step = 1; step <= steps; step += 1) {
      const x = from.x + ((to.x - from.x) * step) / steps;
      const y = from.y + ((to.y - from.y) * step) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y, id: 1 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** Two fingers put down close together around `centre` and spread apart: the pinch that zooms the whole page in. */
export async function touchPinchOut(page: Page, centre: Point, spread = 300, steps = 10): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (half: number) => [
    { x: centre.x - half, y: centre.y, id: 1 },
    { x: centre.x + half, y: centre.y, id: 2 },
  ];
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let step = 1; step <= steps; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20 + ((spread / 2) * step) / steps) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
