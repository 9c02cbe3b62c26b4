/**
 * Guests' pairing cards and links on the console: listed apart from the
 * delegates', printed after them on pages of their own with "KHÁCH MỜI" on
 * each card, and reissued like a seat's.
 */
import { expect } from './fixtures';
import { DEMO_GUESTS, openGuestIpad, test } from './guestHub';
import { inkBlobs, renderPdfPages } from './pdfPages';

const DPI = 50;
const MM = DPI / 25.4;
const WHITE_BELOW = 250;
const REACH = Math.round(2 * MM);

test('the pairing tab lists the guests’ cards apart, each marked KHÁCH MỜI with the guest’s name, and prints them after the 30 seats on a page of their own', async ({ openConsole }) => {
  const console = await openConsole();
  await console.getByRole('tab', { name: 'Ghép nối thiết bị' }).click();
  const delegateCards = console.getByTestId('delegate-cards').getByTestId('pairing-card');
  const guestCards = console.getByTestId('guest-cards').getByTestId('pairing-card');
  await expect(delegateCards).toHaveCount(30);
  await expect(guestCards).toHaveCount(DEMO_GUESTS.length);
  await expect(console.getByTestId('guest-cards').getByRole('heading')).toHaveText(`Phiếu của khách mời (${DEMO_GUESTS.length})`);
  await expect(delegateCards.filter({ hasText: 'KHÁCH MỜI' })).toHaveCount(0);
  for (const [index, guest] of DEMO_GUESTS.entries()) {
    const card = guestCards.nth(index);
    await expect(card).toContainText(guest.role === 'guest' ? 'KHÁCH MỜI' : 'THƯ KÝ KỲ HỌP');
    await expect(card).toContainText(guest.name);
    await expect(card).toContainText('Khách mời quét mã này bằng camera iPad');
    await expect(card.getByRole('img', { name: `Khách mời ${guest.number} — ${guest.name}` })).toBeVisible();
  }

  await console.emulateMedia({ media: 'print' });
  const overflowing = await console.getByTestId('pairing-card').evaluateAll((all) => all.filter((card) => card.scrollHeight > card.clientHeight).length);
  expect(overflowing, 'cards whose content is cut off').toBe(0);
  const pages = renderPdfPages(await console.pdf({ format: 'A4', printBackground: true }), DPI);
  expect(pages.map((image) => inkBlobs(image, WHITE_BELOW, REACH).length)).toEqual([12, 12, 6, DEMO_GUESTS.length]);
});

test('the Đại biểu tab lists guests apart; a guest’s link is reissued like a seat’s, and the old iPad is told it was replaced', async ({ hub, browser, openConsole }) => {
  const oldIpad = await openGuestIpad(browser, hub, 'guest-2');
  const oldToken = hub.pairingLinks().find((link) => link.principalId === 'guest-2')?.token;
  const console = await openConsole();
  await console.getByRole('tab', { name: 'Đại biểu' }).click();
  await expect(console.getByTestId('delegate-row')).toHaveCount(30);
  await expect(console.getByTestId('guest-row')).toHaveCount(DEMO_GUESTS.length);
  const row = console.getByTestId('guest-row').filter({ hasText: 'Lê Thu Hằng' });
  await expect(row).toHaveAttribute('data-online', 'true');
  await expect(row).toContainText('Đại biểu Quốc hội');

  await row.getByRole('button', { name: 'Mã QR' }).click();
  const dialog = console.getByRole('dialog', { name: 'Khách mời 2 — Lê Thu Hằng' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Khách mời quét mã này');
  console.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByRole('button', { name: 'Cấp lại liên kết' }).click();

  await expect(oldIpad.page.getByText('Liên kết này đã được thay')).toBeVisible();
  await expect(oldIpad.page.getByText('Thư ký kỳ họp đã cấp liên kết mới cho khách mời này.', { exact: false })).toBeVisible();
  await expect.poll(() => hub.pairingLinks().find((link) => link.principalId === 'guest-2')?.token).not.toBe(oldToken);
  const newLink = hub.pairingLinks().find((link) => link.principalId === 'guest-2');
  await expect(dialog.getByRole('link')).toHaveText(newLink?.url ?? 'no link');
  await expect(row).toHaveAttribute('data-online', 'false');
});
