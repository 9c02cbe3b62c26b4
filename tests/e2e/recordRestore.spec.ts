/**
 * The record in the console's lobby: an archive restored from the file
 * picker with its progress, listed with the "Bản khôi phục" badge and opened
 * read-only; and a session whose record was edited, named in the lobby and
 * opened with "Mở chỉ để xem". Real hubs, real data folders, real Chromium.
 */
import { join } from 'node:path';
import { DATABASE_FILE, sessionFolder } from '../../src/main/hub/dataFolder';
import { demoSession } from '../../src/main/hub/demoSession';
import { startHub } from '../../src/main/hub/startHub';
import type { Hub, HubOptions } from '../../src/main/hub/startHub';
import { writeSessionArchive } from '../../src/main/record/writeSessionArchive';
import { changeOneByteOfEvent } from '../helpers/tamperEventLog';
import { makeDataDir, removeDataDir } from '../helpers/testHub';
import { expect, test } from './fixtures';

const DEMO_DOCUMENTS = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'documents');
const DEMO_TITLE = 'Kỳ họp thứ Ba (kỳ họp thường lệ cuối năm 2026)';

const folders: string[] = [];
const hubs: Hub[] = [];

function hubOn(dataDir: string, options: Partial<HubOptions> = {}): Promise<Hub> {
  return startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    transport: { kind: 'insecure-http' },
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    demoDocumentsDir: DEMO_DOCUMENTS,
    ...options,
  });
}

/** A data folder holding the demo session, written by a hub that is stopped again. */
async function folderWithDemo(): Promise<{ dataDir: string; sessionId: string }> {
  const dataDir = makeDataDir();
  folders.push(dataDir);
  const source = await hubOn(dataDir, { seed: demoSession(), seedDocumentsDir: DEMO_DOCUMENTS });
  const sessionId = source.activeSessionId() ?? '';
  await source.stop();
  return { dataDir, sessionId };
}

test.afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.stop();
  for (const folder of folders.splice(0)) removeDataDir(folder);
});

test('the lobby restores an archive, badges it as a restored copy and opens it read-only', async ({ page }) => {
  test.setTimeout(60_000);
  const { dataDir, sessionId } = await folderWithDemo();
  const archive = join(dataDir, 'demo.tar.gz');
  await writeSessionArchive({ dataDir, sessionId, out: archive });

  const target = makeDataDir();
  folders.push(target);
  const hub = await hubOn(target);
  hubs.push(hub);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${hub.localUrl}/console/`);
  await expect(page.getByRole('button', { name: 'Khôi phục từ bản lưu' })).toBeEnabled();

  await page.getByTestId('lobby-restore-file').setInputFiles(archive);
  await expect(page.getByTestId('lobby-restore-done')).toContainText(`Đã khôi phục kỳ họp “${DEMO_TITLE}”`);
  const card = page.getByTestId('session-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('session-restored-badge')).toHaveText('Bản khôi phục');

  await card.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByTestId('session-title')).toHaveText(DEMO_TITLE);
  await expect(page.getByTestId('read-only-banner')).toHaveText('Kỳ họp đang mở chỉ để xem (hồ sơ bị hỏng hoặc là bản khôi phục): không thay đổi được gì.');
  expect(hub.activeReadOnly()).toBe(true);

  // The same archive again: refused by name, nothing overwritten.
  await page.getByRole('button', { name: 'Danh sách kỳ họp' }).click();
  await page.getByTestId('lobby-restore-file').setInputFiles(archive);
  await expect(page.getByTestId('lobby-restore-failure')).toHaveText(`Kỳ họp “${DEMO_TITLE}” đã có trên máy này; bản lưu không ghi đè lên kỳ họp đã có.`);
});

test('a session whose record was edited is named in the lobby and opens only to look at', async ({ page }) => {
  test.setTimeout(60_000);
  const { dataDir, sessionId } = await folderWithDemo();
  changeOneByteOfEvent(join(sessionFolder(dataDir, sessionId), DATABASE_FILE), 1);
  const hub = await hubOn(dataDir);
  hubs.push(hub);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${hub.localUrl}/console/`);

  const notice = page.getByTestId('lobby-chain-broken');
  await expect(notice).toContainText('bị hỏng ở sự kiện số 1 (session.created): nội dung sự kiện đã bị sửa');
  await notice.getByRole('button', { name: 'Mở chỉ để xem' }).click();
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  expect(hub.activeReadOnly()).toBe(true);
});
