/**
 * The first day: a secretary who has never seen the product starts the hub on
 * an empty data folder, creates the council and a session with two sittings,
 * imports an 85-seat roster from a real .xlsx, prints the QR cards, opens the
 * session and its first item. A screenshot of each step at 1366×768 goes to
 * test-results/first-session/.
 */
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { Page } from '@playwright/test';
import { startHub } from '../../src/main/hub/startHub';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir } from '../helpers/testHub';
import { expect, test } from './fixtures';

const SEATS = 85;
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'first-session');

/** A council's roster as its office keeps it: a title row, the header, then one row per delegate. */
async function rosterWorkbook(): Promise<Buffer> {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Lan', 'Mai', 'Nam'];
  const rows: SheetData = [['DANH SÁCH ĐẠI BIỂU HĐND TỈNH HƯNG YÊN KHÓA XI'], ['Số ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Vai trò']];
  for (let seat = 1; seat <= SEATS; seat += 1) {
    const role = seat === 1 ? 'Chủ tịch' : seat <= 3 ? 'Phó Chủ tịch' : 'Đại biểu';
    const name = `${family[seat % 10]} ${seat % 2 === 0 ? 'Thị' : 'Văn'} ${given[Math.floor(seat / 10) % 10]} ${seat}`;
    rows.push([seat, name, seat <= 3 ? `${role} HĐND tỉnh` : '', `Tổ ${1 + (seat % 8)}`, role]);
  }
  return Buffer.from(await writeXlsxFile(rows, { sheet: 'Danh sách' }).toBuffer());
}

let dataDir: string;
let hub: Hub;

test.beforeEach(async () => {
  dataDir = makeDataDir();
  hub = await startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    transport: { kind: 'insecure-http' },
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    demoDocumentsDir: join(import.meta.dirname, '..', '..', 'resources', 'demo', 'documents'),
  });
});

test.afterEach(async () => {
  await hub.stop();
  removeDataDir(dataDir);
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

test('a secretary new to the product sets up the council, a two-sitting session and an 85-seat roster, prints the cards and opens the first item', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  page.on('dialog', (dialog) => void dialog.accept());

  // 1. An empty data folder: the console opens on the session list, nothing forced on the secretary.
  await page.goto(`${hub.localUrl}/console/`);
  await expect(page.getByRole('heading', { name: 'Danh sách kỳ họp' })).toBeVisible();
  await expect(page.getByText('Chưa có kỳ họp nào.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở kỳ họp mẫu' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Khôi phục từ bản lưu' })).toBeEnabled();
  await shot(page, '01-empty-session-list');

  // 2. The create-session form: a first send with nothing typed shows each problem next to its field.
  await page.getByRole('button', { name: 'Tạo kỳ họp mới' }).click();
  await page.getByRole('button', { name: 'Tạo kỳ họp', exact: true }).click();
  await expect(page.getByText('Hãy nhập tên Hội đồng nhân dân.')).toBeVisible();
  await expect(page.getByText('Hãy nhập khóa (ví dụ: XI).')).toBeVisible();
  await page.getByLabel('Tên Hội đồng nhân dân').fill('Hội đồng nhân dân tỉnh Hưng Yên');
  await page.getByLabel('Khóa', { exact: true }).fill('XI');
  await page.getByRole('textbox', { name: 'Kỳ họp thứ', exact: true }).fill('2');
  await expect(page.getByLabel('Tên kỳ họp')).toHaveValue('Kỳ họp thứ Hai (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI');
  await page.getByLabel('Địa điểm').fill('Hội trường Trung tâm Hội nghị tỉnh');
  await page.getByLabel('Ngày khai mạc').fill('2026-12-08');
  await page.getByRole('button', { name: 'Thêm phiên họp' }).click();
  const sittings = page.getByTestId('draft-sitting');
  await expect(sittings).toHaveCount(2);
  await expect(sittings.nth(1).getByLabel('Tên phiên họp')).toHaveValue('Phiên thứ hai');
  await expect(sittings.nth(1).getByLabel('Ngày', { exact: true })).toHaveValue('2026-12-09');
  await expect(page.getByLabel('Ngày bế mạc')).toHaveValue('2026-12-09');
  await sittings.nth(0).getByLabel('Buổi').selectOption('morning');
  await shot(page, '02-create-session-form');
  await page.getByRole('button', { name: 'Tạo kỳ họp', exact: true }).click();

  // 3. The new session opens on its own tab, being prepared, with its two sittings and the usual agenda.
  await expect(page.getByTestId('session-title')).toHaveText('Kỳ họp thứ Hai (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI');
  await expect(page.getByTestId('session-status-line')).toContainText('Đang chuẩn bị');
  await expect(page.getByTestId('draft-sitting')).toHaveCount(2);
  await shot(page, '03-session-prepared');
  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await expect(page.getByTestId('console-item').first()).toContainText('Khai mạc');
  await expect(page.getByTestId('console-item').last()).toContainText('Bế mạc');

  // 4. The roster, from the council's own spreadsheet.
  await page.getByRole('tab', { name: 'Đại biểu' }).click();
  await expect(page.getByTestId('delegate-row')).toHaveCount(0);
  await page.getByTestId('roster-file-input').setInputFiles({
    name: 'danh-sach-dai-bieu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterWorkbook(),
  });
  const preview = page.getByTestId('roster-import-dialog');
  await expect(preview.getByTestId('roster-import-summary')).toHaveText(`Sẽ nhập ${SEATS} đại biểu và 0 khách mời.`);
  await expect(preview.getByTestId('roster-import-blocked')).toHaveCount(0);
  await shot(page, '04-roster-preview');
  await preview.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('delegate-row')).toHaveCount(SEATS);
  await expect(page.getByTestId('console-online')).toContainText(`/${SEATS}`);
  await shot(page, '05-roster-imported');

  // 5. The QR cards: one per seat, ready to print.
  await page.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
  await expect(page.getByTestId('pairing-card')).toHaveCount(SEATS);
  await expect(page.getByTestId('pairing-card').getByRole('img')).toHaveCount(SEATS);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await shot(page, '06-qr-cards-print');
  await page.emulateMedia({ media: 'screen' });

  // 6. Khai mạc: the session opens, and its details can no longer be edited.
  await page.getByRole('tab', { name: 'Kỳ họp' }).click();
  await page.getByRole('button', { name: 'Khai mạc kỳ họp' }).click();
  await expect(page.getByTestId('session-status-line')).toContainText('Đang họp');
  await expect(page.getByLabel('Tên kỳ họp')).toBeDisabled();
  await shot(page, '07-session-open');

  // 7. The first item.
  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await page.getByRole('button', { name: 'Bắt đầu nội dung đầu tiên' }).click();
  await expect(page.getByTestId('console-current')).toContainText('1. Khai mạc');
  await shot(page, '08-first-item');
});
