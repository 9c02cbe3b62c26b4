/** Playwright fixtures: a fresh hub per test, and iPad-sized delegate pages paired through their links. */
import { devices, test as base } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';

export interface IpadPage {
  context: BrowserContext;
  page: Page;
  seat: number;
}

interface Fixtures {
  hub: Hub;
  /** Opens a delegate's pairing link on an emulated iPad, in its own browser context. */
  openIpad(seat: number): Promise<IpadPage>;
  /** Opens the console as the secretary on this computer, with nothing typed. */
  openConsole(): Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; the hub has none.
  hub: async ({}, use) => {
    const dir = makeDataDir();
    const hub = await startTestHub(dir);
    await use(hub);
    await hub.stop();
    removeDataDir(dir);
  },
  openIpad: async ({ browser, hub }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (seat) => {
      const ipad = await openIpadContext(browser);
      opened.push(ipad);
      const page = await ipad.newPage();
      const link = hub.pairingLinks().find((l) => l.seat === seat);
      if (!link) throw new Error(`No pairing link for seat ${seat}`);
      await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
      return { context: ipad, page, seat };
    });
    for (const context of opened) await context.close();
  },
  openConsole: async ({ page, hub }, use) => {
    await use(async () => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${hub.localUrl}/console/`);
      return page;
    });
  },
});

function openIpadContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...devices['iPad Pro 11'] });
}

export { expect } from '@playwright/test';
