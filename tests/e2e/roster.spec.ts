/**
 * The roster tab in a session being prepared: a secretary imports the council's
 * list from a real .xlsx through the preview, sees the rows that would go wrong
 * before anything changes, fixes the column mapping, imports, then edits a
 * delegate, marks a seat vacant and adds a guest. Screens at 1366×768.
 */
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { Page, TestInfo } from '@playwright/test';
import type { SessionDefinition } from '../../src/shared/core';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { vietnameseName } from '../unit/shared/roster/rosterWorkbooks';
import { expect, test as base } from './fixtures';

const DELEGATES = 85;
const GUESTS = 10;

/** A province council's session as the console creates it: preparing, with a placeholder roster of three seats. */
function preparingSession(): SessionDefinition {
  return {
    title: 'Kỳ họp thứ nhất',
    council: 'Hội đồng nhân dân tỉnh Thử Nghiệm',
    place: 'Hội trường tỉnh',
    status: 'preparing',
    councilLevel: 'province',
    term: 'Khóa XI, nhiệm kỳ 2026–2031',
    number: 1,
    kind: 'regular',
    sittings: [{ key: 'first', title: 'Phiên thứ nhất', date: '2026-12-08', period: 'morning' }],
    seats: [1, 2, 3].map((seat) => ({ seat, name: `Ghế tạm ${seat}`, office: '' })),
    agenda: [],
  };
}

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; the hub has none.
  hub: async ({}, use) => {
    const dir = makeDataDir();
    const hub = await startTestHub(dir, { seed: preparingSession(), seedDocumentsDir: undefined });
    await use(hub);
    await hub.stop();
    removeDataDir(dir);
  },
});

/**
 * The council's list as a secretary keeps it: seats in "Ghế", guests without a
 * seat, and the role under a title the import does not know ("Ghi chú").
 */
async function councilWorkbook(): Promise<Buffer> {
  const rows: SheetData = [['DANH SÁCH ĐẠI BIỂU VÀ KHÁCH MỜI'], ['Ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Ghi chú']];
  for (let seat = 1; seat <= DELEGATES; seat += 1) {
    rows.push([seat, vietnameseName(seat - 1), seat === 1 ? 'Chủ tịch HĐND tỉnh' : '', `Tổ ${1 + (seat % 8)}`, seat === 1 ? 'Chủ tịch' : 'Đại biểu']);
  }
  for (let guest = 1; guest <= GUESTS; guest += 1) rows.push([null, vietnameseName(1000 + guest), `Giám đốc Sở số ${guest}`, null, 'Khách mời']);
  return writeXlsxFile(rows, { sheet: 'Danh sách' }).toBuffer();
}

async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`roster-${name}-1366x768.png`) });
}

test('a secretary imports an 85-seat roster from .xlsx through the preview, edits, vacates, adds a guest and exports the roster back', async ({ openConsole }, testInfo) => {
  const page = await openConsole();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('tab', { name: 'Đại biểu' }).click();
  await expect(page.getByTestId('delegate-row')).toHaveCount(3);
  await snap(page, testInfo, '1-before');

  await page.getByTestId('roster-file-input').setInputFiles({
    name: 'danh-sach-dai-bieu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await councilWorkbook(),
  });
  const preview = page.getByTestId('roster-import-dialog');
  await expect(preview.getByTestId('roster-import-summary')).toHaveText('Sẽ nhập 85 đại biểu và 0 khách mời.');

  // The role column went unrecognised: the guests read as delegates without a seat, and the import is blocked.
  await expect(preview.getByTestId('roster-problem').filter({ hasText: 'Thiếu số ghế.' })).toHaveCount(GUESTS);
  await expect(preview.getByTestId('roster-problem').first()).toContainText('Dòng 88:');
  await expect(preview.getByTestId('roster-import-blocked')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await snap(page, testInfo, '2-preview-blocked');
  // Nothing has changed behind the preview.
  await expect(page.getByTestId('delegate-row')).toHaveCount(3);

  await preview.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Cột E: Ghi chú' });
  await expect(preview.getByTestId('roster-import-summary')).toHaveText(`Sẽ nhập 85 đại biểu và ${GUESTS} khách mời.`);
  await expect(preview.getByTestId('roster-import-blocked')).toHaveCount(0);
  await expect(preview.getByTestId('roster-problem').filter({ hasText: 'đã cấp số mới' })).toHaveCount(GUESTS);
  await snap(page, testInfo, '3-preview-mapped');

  // The buttons stay on the 768-pixel-high screen, without scrolling, however long the preview.
  for (const name of ['Nhập', 'Hủy']) {
    const box = await preview.getByRole('button', { name, exact: true }).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  }
  await preview.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('delegate-row')).toHaveCount(DELEGATES);
  await expect(page.getByTestId('guest-row')).toHaveCount(GUESTS);
  await expect(page.getByTestId('roster-seated')).toHaveText('85 đại biểu đương nhiệm / 85 ghế');
  await expect(page.getByTestId('delegate-row').first()).toContainText('Chủ tịch HĐND tỉnh');
  await expect(page.getByTestId('guest-row').first()).toContainText('Khách mời');
  await snap(page, testInfo, '4-imported');

  const seatFive = page.locator('[data-testid="delegate-row"][data-seat="5"]');
  await seatFive.getByRole('button', { name: 'Sửa' }).click();
  const seatForm = page.getByTestId('seat-form');
  await seatForm.getByLabel('Chức vụ').fill('Trưởng Ban Pháp chế');
  await seatForm.getByLabel('Tổ đại biểu').fill('Tổ 9');
  await snap(page, testInfo, '5-edit');
  await seatForm.getByRole('button', { name: 'Lưu' }).click();
  await expect(seatForm).toHaveCount(0);
  await expect(seatFive).toContainText('Trưởng Ban Pháp chế');
  await expect(seatFive).toContainText('Tổ 9');

  const seatSeven = page.locator('[data-testid="delegate-row"][data-seat="7"]');
  await seatSeven.getByRole('button', { name: 'Thôi làm nhiệm vụ' }).click();
  const vacate = page.getByTestId('vacate-dialog');
  await expect(vacate).toContainText('Liên kết iPad của ghế này sẽ ngừng hoạt động');
  await vacate.getByLabel('Lý do').fill('Chuyển công tác');
  await snap(page, testInfo, '6-vacate');
  await vacate.getByRole('button', { name: 'Xác nhận thôi làm nhiệm vụ' }).click();
  await expect(vacate).toHaveCount(0);
  await expect(seatSeven).toHaveAttribute('data-vacant', 'true');
  await expect(seatSeven.getByTestId('seat-vacancy')).toContainText('Chuyển công tác');
  await expect(page.getByTestId('roster-seated')).toHaveText('84 đại biểu đương nhiệm / 85 ghế');

  await page.getByRole('button', { name: 'Thêm khách mời' }).click();
  const guestForm = page.getByTestId('guest-form');
  await guestForm.getByLabel('Họ và tên').fill('Đinh Thị Thu');
  await guestForm.getByLabel('Chức vụ').fill('Đại biểu Quốc hội');
  await guestForm.getByRole('button', { name: 'Lưu' }).click();
  await expect(guestForm).toHaveCount(0);
  await expect(page.getByTestId('guest-row')).toHaveCount(GUESTS + 1);
  await expect(page.getByTestId('guest-row').last()).toContainText('Đinh Thị Thu');
  await expect(page.getByTestId('roster-guest-count')).toHaveText(`${GUESTS + 1} khách mời`);
  await expect(page.getByTestId('roster-seated')).toHaveText('84 đại biểu đương nhiệm / 85 ghế');
  await page.getByRole('heading', { name: 'Khách mời' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, '7-guest-added');

  // The export, made in the browser from what the console shows, reads back as the same roster.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^danh-sach-dai-bieu-[\w-]+\.xlsx$/);
  const exported = await readSheet(await download.createReadStream());
  expect(exported[0]).toEqual(['Ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Vai trò', 'Thôi làm nhiệm vụ từ', 'Lý do']);
  expect(exported).toHaveLength(1 + DELEGATES + GUESTS + 1);
  expect(exported[5]?.slice(0, 5)).toEqual([5, vietnameseName(4), 'Trưởng Ban Pháp chế', 'Tổ 9', 'Đại biểu']);
  expect(exported[7]?.[6]).toBe('Chuyển công tác');
  expect(exported.at(-1)?.slice(1, 5)).toEqual(['Đinh Thị Thu', 'Đại biểu Quốc hội', null, 'Khách mời']);
});

test('a file that is not a spreadsheet is refused in the preview with its reason, and the roster stays', async ({ openConsole }) => {
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Đại biểu' }).click();
  await page.getByTestId('roster-file-input').setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n') });
  await expect(page.getByTestId('roster-refusal')).toHaveText('Tệp không phải bảng tính Excel (.xlsx) hay tệp CSV.');
  await expect(page.getByRole('button', { name: 'Nhập', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByTestId('delegate-row')).toHaveCount(3);
});

test('once the session opens the import is no longer offered, and hand edits still are', async ({ hub, openConsole }) => {
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Đại biểu' }).click();
  await expect(page.getByRole('button', { name: 'Nhập từ Excel/CSV' })).toBeVisible();

  const secretary = hub.engine.state().principals['secretary'];
  if (!secretary) throw new Error('no secretary principal');
  expect(hub.engine.execute(secretary, { type: 'session.open' })).toMatchObject({ ok: true });

  await expect(page.getByRole('button', { name: 'Nhập từ Excel/CSV' })).toHaveCount(0);
  await expect(page.getByText('Kỳ họp đã khai mạc: không nhập lại danh sách được nữa')).toBeVisible();
  await expect(page.locator('[data-testid="delegate-row"][data-seat="2"]').getByRole('button', { name: 'Sửa' })).toBeVisible();
  await expect(page.locator('[data-testid="delegate-row"][data-seat="2"]').getByRole('button', { name: 'Xóa' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm khách mời' })).toBeVisible();
});

test('when the hub refuses the import, the preview stays with the reason and the roster is unchanged', async ({ hub, openConsole }) => {
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Đại biểu' }).click();
  await page.getByTestId('roster-file-input').setInputFiles({
    name: 'danh-sach.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await writeXlsxFile([['Ghế', 'Họ và tên'], [1, 'Lê Văn An'], [2, 'Trần Thị Bình']]).toBuffer(),
  });
  const preview = page.getByTestId('roster-import-dialog');
  await expect(preview.getByTestId('roster-import-summary')).toHaveText('Sẽ nhập 2 đại biểu và 0 khách mời.');

  // The chair opens the session while the secretary looks at the preview.
  const chair = hub.engine.state().principals['chair'];
  if (!chair) throw new Error('no chair principal');
  expect(hub.engine.execute(chair, { type: 'session.open' })).toMatchObject({ ok: true });

  await preview.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(preview.getByTestId('roster-import-error')).toHaveText('Kỳ họp đã khai mạc; thông tin này chỉ sửa được khi đang chuẩn bị.');
  await expect(preview.getByTestId('roster-preview-row')).toHaveCount(2);
  await expect(page.getByTestId('delegate-row')).toHaveCount(3);
  await expect(page.getByTestId('delegate-row').first()).toContainText('Ghế tạm 1');
});
