/**
 * Chromium reaches the delegate app over HTTPS and WSS once the hub's CA is
 * trusted the way a user trusts it (the NSS database), and not before: no
 * certificate error is ever ignored (issue 8, section 3).
 */
import { chromium, devices, expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { isInNss, trustInNss } from '../helpers/trustStores';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

let hub: Hub;
let dir: string;
const nickname = `chamber-test-ca-${process.pid}-${Date.now()}`;

test.beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { transport: { kind: 'generated-tls' }, httpPort: 0 });
});

test.afterAll(async () => {
  await hub?.stop();
  if (dir) removeDataDir(dir);
});

async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(launchOptions);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

test('the delegate app loads over HTTPS, pairs over WSS and verifies its documents once the hub CA is in the NSS store, and not before', async () => {
  const link = hub.pairingLinks().find((candidate) => candidate.seat === 4);
  if (!link || !hub.ca) throw new Error('The hub has no seat 4 link or no CA');
  const url = link.url.replace(hub.publicUrl, hub.localUrl);
  expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/delegate\/#t=/);

  await withBrowser(async (browser) => {
    const page = await browser.newPage();
    await expect(page.goto(url)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID/);
  });

  const untrust = trustInNss(hub.ca.certPem, nickname);
  try {
    await withBrowser(async (browser) => {
      const context = await browser.newContext({ ...devices['iPad Pro 11'] });
      const page = await context.newPage();
      await page.goto(url);
      await expect(page.getByTestId('session-title')).toHaveText(hub.engine.state().session?.title ?? '');
      await expect(page.getByTestId('delegate-seat')).toContainText('Ghế 4');
      await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'online');
      expect(await page.evaluate(() => [window.location.protocol, window.isSecureContext, typeof crypto.subtle?.digest])).toEqual(['https:', true, 'function']);
      const total = new Set(hub.engine.state().documents.map((document) => document.sha256)).size;
      await expect(page.getByTestId('prefetch')).toHaveAttribute('data-done', String(total), { timeout: 20_000 });
      await expect(page.getByTestId('prefetch-corrupt')).toHaveCount(0);

      // The plain-HTTP port sends a browser on to the HTTPS app.
      await page.goto(`http://127.0.0.1:${hub.httpPort}/delegate/`);
      expect(page.url()).toBe(`${hub.localUrl}/delegate/`);
      await context.close();
    });
  } finally {
    untrust();
  }
  expect(isInNss(nickname)).toBe(false);
});

test('the setup page shows the steps in Vietnamese first and offers the profile', async () => {
  await withBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${hub.httpPort}/setup/`);
    await expect(page.locator('section[lang="vi"] h1')).toHaveText('Cài đặt chứng nhận của máy chủ phòng họp cho iPad');
    await expect(page.locator('section[lang="vi"] li').nth(1)).toContainText('Cài đặt > Đã tải về hồ sơ > Cài đặt');
    await expect(page.locator('section[lang="vi"] li').nth(2)).toContainText('Cài đặt chung > Giới thiệu > Cài đặt tin cậy chứng nhận');
    await expect(page.locator('section[lang="en"] li').nth(2)).toContainText('Settings > General > About > Certificate Trust Settings');
    const download = page.waitForEvent('download');
    await page.getByTestId('download-profile-vi').click();
    expect((await download).suggestedFilename()).toBe('chamber-ca.mobileconfig');
  });
});
