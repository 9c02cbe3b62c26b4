/**
 * The console at a 1366×768 laptop screen: every tab's label on one line with
 * all the tabs in view, and the Hồ sơ tab laid out as the rest of the console
 * (the tab's title above its sections' headings, labels above their inputs,
 * download links drawn as buttons). A screenshot of the tab is saved with the
 * test's results for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { scriptMinutesSession } from '../helpers/minutesSession';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test as base } from './fixtures';

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; the hub has none.
  hub: async ({}, use) => {
    const dir = makeDataDir();
    const session = await scriptMinutesSession(join(dir, 'data'));
    const hub = await startTestHub(session.dataDir, { seed: undefined });
    await use(hub);
    await hub.stop();
    removeDataDir(dir);
  },
});

async function openLaptopConsole(openConsole: () => Promise<Page>): Promise<Page> {
  const page = await openConsole();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('tab', { name: 'Hồ sơ' })).toBeVisible();
  return page;
}

test('at 1366×768 every console tab’s label is on one line and every tab is in view', async ({ openConsole }) => {
  const page = await openLaptopConsole(openConsole);
  const tabs = await page.getByRole('tab').evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const lineTops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      const box = element.getBoundingClientRect();
      return { label: element.textContent ?? '', lines: lineTops.size, left: box.left, right: box.right };
    }),
  );
  expect(tabs.map((tab) => tab.label)).toContain('Hồ sơ');
  expect(tabs.length).toBe(12);
  for (const tab of tabs) {
    expect({ label: tab.label, lines: tab.lines }).toEqual({ label: tab.label, lines: 1 });
    expect(tab.left).toBeGreaterThanOrEqual(0);
    expect(tab.right).toBeLessThanOrEqual(1366);
  }
});

test('the Hồ sơ tab at 1366×768: headings smaller than the tab’s title, labels above their inputs, download links drawn as buttons', async ({ openConsole }, testInfo) => {
  const page = await openLaptopConsole(openConsole);
  await page.getByRole('tab', { name: 'Hồ sơ' }).click();
  const panel = page.getByTestId('record-panel');
  await expect(panel.getByTestId('count-report-docx')).toBeVisible();

  const fontSize = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  const title = await fontSize(panel.getByRole('heading', { level: 2, name: 'Hồ sơ' }));
  const sections = await panel.getByRole('heading', { level: 3 }).evaluateAll((elements) => elements.map((element) => ({ text: element.textContent, size: Number.parseFloat(getComputedStyle(element).fontSize) })));
  expect(sections.map((section) => section.text)).toContain('Biên bản kiểm phiếu');
  const voteTitle = await fontSize(panel.getByTestId('count-report-vote').getByRole('heading', { level: 4 }));
  for (const section of sections) {
    expect(section.size).toBeLessThan(title);
    expect(section.size).toBeGreaterThan(voteTitle);
  }

  const receipt = await panel.getByTestId('record-receipt-code').evaluate((input) => {
    const label = input.closest('label');
    const text = label?.firstChild;
    if (!label || !text) throw new Error('the receipt input has no label text');
    const range = document.createRange();
    range.selectNodeContents(text);
    return { labelBottom: range.getBoundingClientRect().bottom, inputTop: input.getBoundingClientRect().top };
  });
  expect(receipt.labelBottom).toBeLessThanOrEqual(receipt.inputTop);

  for (const format of ['docx', 'pdf'] as const) {
    const look = await panel.getByTestId(`count-report-${format}`).evaluate((link) => {
      const style = getComputedStyle(link);
      const box = link.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(link);
      const text = range.getBoundingClientRect();
      return {
        underline: style.textDecorationLine,
        color: style.color,
        bodyColor: getComputedStyle(document.body).color,
        leftGap: text.left - box.left,
        rightGap: box.right - text.right,
        topGap: text.top - box.top,
        bottomGap: box.bottom - text.bottom,
      };
    });
    expect(look.underline).toBe('none');
    expect(look.color).toBe(look.bodyColor);
    expect(Math.abs(look.leftGap - look.rightGap)).toBeLessThanOrEqual(1);
    expect(Math.abs(look.topGap - look.bottomGap)).toBeLessThanOrEqual(2);
  }

  await page.screenshot({ path: testInfo.outputPath('record-tab-1366x768.png'), fullPage: true });
});
