/**
 * Search on the iPad in a real WebKit engine: a phrase typed without
 * diacritics is found in two documents, and a hit opens its page with the
 * hit highlighted on it.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { SEARCHED_PHRASE, uploadSearchableDocuments } from '../helpers/searchableDocuments';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;
let documents: { budget: DocumentInfo; roads: DocumentInfo };

useWebkitHall(
  (hall) => ({ hub, webkit } = hall),
  async (started) => {
    documents = await uploadSearchableDocuments(started);
  },
);

function countOf(selector: string): Promise<number> {
  return webkit.browser.execute((css: string) => document.querySelectorAll(css).length, selector);
}

function textOf(testId: string): Promise<string> {
  return webkit.browser.execute((id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);
}

describe('search in WebKit', () => {
  it('finds a phrase typed without diacritics in two documents and opens a hit with it highlighted on its page', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 9);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    const open = webkit.browser.$('[data-testid="session-search-open"]');
    await open.waitForExist({ timeout: 15_000 });
    await open.click();
    await webkit.browser.$('[data-testid="search-session"] input[type="search"]').setValue(SEARCHED_PHRASE);
    await webkit.browser.$('[data-testid="search-session"] button[type="submit"]').click();

    const hitsOf = (document: DocumentInfo) => `[data-testid="search-group"][data-document-id="${document.id}"] [data-testid="search-hit"]`;
    await webkit.browser.waitUntil(async () => (await countOf(hitsOf(documents.budget))) === 1 && (await countOf(hitsOf(documents.roads))) === 1, {
      timeout: 30_000,
      timeoutMsg: 'WebKit never listed a hit in each document',
    });
    const marked = await webkit.browser.execute((css: string) => document.querySelector(`${css} mark`)?.textContent ?? '', hitsOf(documents.roads));
    expect(marked).toBe('quỹ bảo trì đường bộ');

    await webkit.browser.$(hitsOf(documents.roads)).click();
    await webkit.browser.waitUntil(async () => (await textOf('reader-page-number')) === 'Trang 2/3' && (await countOf('[data-testid="pdf-page"][data-rendered-page="2"]')) === 1, {
      timeout: 15_000,
      timeoutMsg: 'WebKit never showed page 2 of the hit',
    });
    expect(await textOf('reader-title')).toBe(documents.roads.title);
    await webkit.browser.waitUntil(async () => (await countOf('[data-testid="search-highlight"]')) === 2, {
      timeout: 15_000,
      timeoutMsg: 'WebKit never highlighted the hit',
    });
    const inside = await webkit.browser.execute(() => {
      const page = document.querySelector('[data-testid="pdf-page"]')?.getBoundingClientRect();
      if (!page) return false;
      return [...document.querySelectorAll('[data-testid="search-highlight"]')].every((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 10 && box.left >= page.left && box.right <= page.right && box.top >= page.top && box.bottom <= page.top + page.height * 0.2;
      });
    });
    expect(inside).toBe(true);
  });
});
