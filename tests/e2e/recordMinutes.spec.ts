/**
 * The console's Hồ sơ tab: the secretary exports the minutes of the scripted
 * session (tests/helpers/minutesSession.ts) as Word and as PDF, for the whole
 * session and for one sitting, and gets a plain reason for a sitting never held.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

test('the Hồ sơ tab downloads the minutes as DOCX and as PDF, and explains a sitting with nothing in it', async ({ openConsole }, testInfo) => {
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Hồ sơ' }).click();
  const section = page.getByTestId('minutes-export');
  await expect(section.getByRole('heading', { name: 'Xuất biên bản' })).toBeVisible();

  const docxDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Xuất biên bản' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('Biên bản kỳ họp.docx');
  const docxPath = testInfo.outputPath('minutes.docx');
  await docx.saveAs(docxPath);
  expect(readFileSync(docxPath).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  await expect(page.getByTestId('minutes-done')).toHaveText('Đã tải xuống Biên bản kỳ họp.docx.');

  await page.getByTestId('minutes-scope').selectOption({ label: 'Phiên họp 1: Phiên thứ nhất' });
  await page.getByTestId('minutes-format-pdf').check();
  const pdfDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Xuất biên bản' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('Biên bản phiên họp 1.pdf');
  const pdfPath = testInfo.outputPath('sitting-1.pdf');
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.getByTestId('minutes-scope').selectOption({ label: 'Phiên họp 3: Phiên dự phòng' });
  await section.getByRole('button', { name: 'Xuất biên bản' }).click();
  await expect(page.getByTestId('minutes-failed')).toHaveText('Không lập được biên bản: Phiên họp này chưa có diễn biến nào để ghi vào biên bản.');
});
