/**
 * The console's Hồ sơ tab checks a minutes file against the record: the
 * secretary exports the scripted session's minutes as Word, checks that file
 * (it matches: the number of events and the final hash), then checks a copy
 * whose vote figure was edited (the first differing words are shown).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scriptMinutesSession } from '../helpers/minutesSession';
import type { MinutesSession } from '../helpers/minutesSession';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test as base } from './fixtures';

let session: MinutesSession;

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; the hub has none.
  hub: async ({}, use) => {
    const dir = makeDataDir();
    session = await scriptMinutesSession(join(dir, 'data'));
    const hub = await startTestHub(session.dataDir, { seed: undefined });
    await use(hub);
    await hub.stop();
    removeDataDir(dir);
  },
});

const FIGURE = 'Tán thành: 4/7 đại biểu, chiếm 57,14% tổng số đại biểu';

test('Kiểm tra biên bản: the exported DOCX matches the record, an edited copy shows the differing words', async ({ openConsole }, testInfo) => {
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Hồ sơ' }).click();

  const download = page.waitForEvent('download');
  await page.getByTestId('minutes-export').getByRole('button', { name: 'Xuất biên bản' }).click();
  const docxPath = testInfo.outputPath('Biên bản kỳ họp.docx');
  await (await download).saveAs(docxPath);

  const check = page.getByTestId('minutes-check');
  await expect(check.getByRole('heading', { name: 'Kiểm tra biên bản' })).toBeVisible();
  await check.getByTestId('minutes-check-file').setInputFiles(docxPath);
  const result = check.getByTestId('minutes-check-result');
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(result).toContainText(`Khớp với hồ sơ: ${session.events.length} sự kiện, mã băm ${session.events.at(-1)?.hash}`);

  const parts = unzipSync(readFileSync(docxPath));
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain(FIGURE);
  parts['word/document.xml'] = strToU8(xml.replace(FIGURE, FIGURE.replace('4/7', '5/7')));
  const editedPath = testInfo.outputPath('Biên bản kỳ họp (đã sửa).docx');
  writeFileSync(editedPath, zipSync(parts));
  await check.getByTestId('minutes-check-file').setInputFiles(editedPath);
  await expect(result).toHaveAttribute('data-ok', 'false');
  await expect(result).toContainText('Biên bản ghi “5/7”, hồ sơ ghi “4/7”');
  await expect(result).toContainText('Biên bản kỳ họp (đã sửa).docx');
});
