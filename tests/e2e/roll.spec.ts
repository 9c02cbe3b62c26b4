/** The roll on the console's seat map, the header's present figure and quorum light, and "Tôi có mặt" on an iPad. */
import { devices } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Command, Principal } from '../../src/shared/protocol';
import type { Hub } from '../../src/main/hub/startHub';
import { demoSession } from '../../src/main/hub/demoSession';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };

function run(hub: Hub, command: Command): void {
  const result = hub.engine.execute(secretary, command);
  if (!result.ok) throw new Error(`setup ${command.type} refused: ${result.message}`);
}

/** The first item current (its sitting in progress) and these seats marked present without a device. */
function sittingWithPresent(hub: Hub, seats: number[]): string {
  run(hub, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
  const sittingId = hub.engine.state().agenda[0]?.sittingId ?? '';
  for (const seat of seats) run(hub, { type: 'attendance.set', sittingId, seat, mark: 'presentNoDevice' });
  return sittingId;
}

test('the secretary marks an absence with its reason on the seat map, and the header’s figure and quorum light change', async ({ hub, openConsole }, testInfo) => {
  const sittingId = sittingWithPresent(hub, Array.from({ length: 20 }, (_, index) => index + 1));
  const page = await openConsole();
  await page.setViewportSize({ width: 1366, height: 768 });

  const figure = page.getByTestId('roll-figure');
  await expect(figure.getByTestId('roll-present')).toHaveText('Có mặt 20/30');
  await expect(figure).toHaveAttribute('data-quorum', 'met');
  await expect(figure.getByTestId('roll-quorum')).toHaveText('Đủ túc số (cần 20)');

  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  const card = page.locator('[data-testid="seat-card"][data-seat="5"]');
  await expect(card).toHaveAttribute('data-mark', 'presentNoDevice');
  await card.getByRole('button').first().click();
  const dialog = page.getByTestId('mark-dialog');
  await expect(dialog).toBeVisible();
  // An excused absence needs its reason: without one nothing is sent.
  await dialog.getByRole('button', { name: 'Vắng có lý do' }).click();
  await expect(dialog.getByText('Hãy nhập lý do vắng.')).toBeVisible();
  await dialog.getByLabel('Lý do vắng').fill('Đi công tác tại Hà Nội');
  await dialog.getByRole('button', { name: 'Vắng có lý do' }).click();
  await expect(dialog).toBeHidden();

  await expect(card).toHaveAttribute('data-mark', 'absentExcused');
  await expect(card).toContainText('Đi công tác tại Hà Nội');
  await expect(figure.getByTestId('roll-present')).toHaveText('Có mặt 19/30');
  await expect(figure).toHaveAttribute('data-quorum', 'short');
  await expect(figure.getByTestId('roll-quorum')).toHaveText('Chưa đủ túc số (cần 20)');
  await expect(page.getByTestId('roll-summary')).toHaveText('Có mặt 19 · Vắng có lý do 1 · Vắng không lý do 0 · Chưa điểm danh 10');
  expect(hub.engine.state().attendance[sittingId]?.['5']).toMatchObject({ mark: 'absentExcused', reason: 'Đi công tác tại Hà Nội', source: 'secretary' });
  await page.screenshot({ path: testInfo.outputPath('roll-seat-map-1366x768.png') });
});

test('an iPad that connects during a sitting goes on the roll; the delegate confirms "Tôi có mặt" and sees "Đã điểm danh"; a request to speak shows on the seat map', async ({ hub, openConsole, openIpad }, testInfo) => {
  const sittingId = sittingWithPresent(hub, []);
  const page = await openConsole();
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  const { page: ipad } = await openIpad(7);
  const card = page.locator('[data-testid="seat-card"][data-seat="7"]');
  await expect(card).toHaveAttribute('data-mark', 'present');
  await expect(card).toHaveAttribute('data-online', 'true');
  await expect(card.getByTestId('seat-mark')).toHaveText('Có mặt · theo iPad');

  await expect(ipad.getByRole('button', { name: 'Tôi có mặt' })).toBeVisible();
  await ipad.screenshot({ path: testInfo.outputPath('ipad-attendance.png') });
  await ipad.getByRole('button', { name: 'Tôi có mặt' }).click();
  await expect(ipad.getByTestId('attendance-confirmed')).toContainText('Đã điểm danh');
  await expect(card.getByTestId('seat-mark')).toHaveText('Có mặt · tự xác nhận');
  expect(hub.engine.state().attendance[sittingId]?.['7']).toMatchObject({ mark: 'present', source: 'self' });

  // A request to speak shows on the seat's card.
  const delegate: Principal = { id: 'seat-7', role: 'delegate', seat: 7, generation: 1 };
  const requested = hub.engine.execute(delegate, { type: 'speech.request', kind: 'discussion' });
  if (!requested.ok) throw new Error(requested.message);
  await expect(card.getByTestId('seat-floor')).toHaveText('Đăng ký phát biểu');
});

test('a guest’s iPad never offers "Tôi có mặt" and never goes on the roll', async ({ browser }) => {
  // A hub of its own whose session has a guest from the start.
  const dir = makeDataDir();
  const hub = await startTestHub(dir, { seed: { ...demoSession(), guests: [{ name: 'Lê Văn Khách', office: 'Giám đốc Sở Tài chính', role: 'guest' }] } });
  const contexts: BrowserContext[] = [];
  try {
    const sittingId = sittingWithPresent(hub, []);
    const open = async (role: 'guest' | 'delegate', seat: number | null) => {
      const link = hub.pairingLinks().find((candidate) => candidate.role === role && (seat === null || candidate.seat === seat));
      if (!link) throw new Error(`no ${role} link`);
      const context = await browser.newContext({ ...devices['iPad Pro 11'] });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(link.url.replace(hub.publicUrl, hub.localUrl));
      await expect(page.getByTestId('session-title')).toBeVisible();
      return page;
    };
    const guest = await open('guest', null);
    // A delegate's iPad opened after it shows the button, so its absence on the guest's is not a matter of timing.
    const delegate = await open('delegate', 3);
    await expect(delegate.getByRole('button', { name: 'Tôi có mặt' })).toBeVisible();
    await expect(guest.getByRole('button', { name: 'Tôi có mặt' })).toHaveCount(0);
    expect(Object.keys(hub.engine.state().attendance[sittingId] ?? {})).toEqual(['3']);
  } finally {
    for (const context of contexts) await context.close();
    await hub.stop();
    removeDataDir(dir);
  }
});
