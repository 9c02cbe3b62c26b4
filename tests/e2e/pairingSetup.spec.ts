/**
 * With the hub's own CA, an iPad must install that CA once before its card
 * opens the app without a warning: the pairing tab shows the setup page's
 * address as text and as a QR code, and the CA's fingerprint, and the cards
 * say so, and the longer text still fits the printed card. The console runs over HTTPS, with the CA trusted in an NSS database
 * of the test's own (a private HOME), so no certificate error is ignored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { trustInNss } from '../helpers/trustStores';

let hub: Hub;
let dir: string;
let home: string;

test.beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { transport: { kind: 'generated-tls' }, httpPort: 0 });
  if (!hub.ca) throw new Error('The hub made no CA');
  home = mkdtempSync(join(tmpdir(), 'chamber-home-'));
  const ownHome = process.env.HOME;
  process.env.HOME = home;
  try {
    trustInNss(hub.ca.certPem, 'chamber-pairing-setup-test');
  } finally {
    process.env.HOME = ownHome;
  }
});

test.afterAll(async () => {
  await hub?.stop();
  if (dir) removeDataDir(dir);
  if (home) rmSync(home, { recursive: true, force: true });
});

test("the pairing tab shows the iPad setup page as text and QR code with the CA's fingerprint, and the cards ask for the certificate once", async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home },
  });
  try {
    const console = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await console.goto(`${hub.localUrl}/console/`);
    await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();

    const setup = console.getByTestId('ipad-setup');
    expect(hub.setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup\/$/);
    await expect(setup.getByTestId('ipad-setup-url')).toHaveText(hub.setupUrl ?? '');
    await expect(setup.getByRole('img', { name: 'Mã QR của trang cài đặt iPad' })).toBeVisible();
    await expect(setup.getByTestId('ca-fingerprint')).toHaveText(hub.ca?.fingerprint256 ?? '');
    await expect(setup).toContainText('mở địa chỉ này bằng Safari trên từng iPad');

    const cards = console.getByTestId('pairing-card');
    await expect(cards).toHaveCount(30);
    await expect(cards.first()).toContainText('iPad cần cài chứng nhận của phòng họp một lần (từ trang cài đặt). Sau đó Đại biểu quét mã này');
    await expect(console.getByText(/Không cần cài đặt/)).toHaveCount(0);

    // The longer card text still fits each printed card: nothing is cut off.
    await console.emulateMedia({ media: 'print' });
    const overflowing = await cards.evaluateAll((all) => all.filter((card) => card.scrollHeight > card.clientHeight).length);
    expect(overflowing).toBe(0);
  } finally {
    await browser.close();
  }
});
