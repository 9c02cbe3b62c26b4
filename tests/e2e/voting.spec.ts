import { expect, test } from './fixtures';
import { tallyOf } from '../../src/shared/core';

test('the chair runs a vote: three iPads vote, the console counts 3/30 with who has not voted, and the result is published to the screen and the iPads', async ({ hub, page, openConsole, openIpad }) => {
  // The first sitting is in progress, so the three iPads go on its roll: the vote's present base.
  const started = hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
  if (!started.ok) throw new Error(started.message);
  const secretary = await openConsole();
  const chair = await page.context().browser()?.newPage({ viewport: { width: 1400, height: 900 } });
  const screen = await page.context().browser()?.newPage({ viewport: { width: 1600, height: 900 } });
  if (!chair || !screen) throw new Error('no browser');
  const chairLink = hub.pairingLinks().find((link) => link.role === 'chair');
  await chair.goto(chairLink?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
  await screen.goto(`${hub.localUrl}/screen/`);
  const ipads = await Promise.all([2, 3, 4].map((seat) => openIpad(seat)));
  for (const { page: ipad } of ipads) await expect(ipad.getByTestId('session-title')).toBeVisible();

  await secretary.getByRole('tab', { name: 'Biểu quyết' }).click();
  await secretary.getByRole('button', { name: 'Tạo biểu quyết' }).click();
  await secretary.getByTestId('vote-form').getByLabel('Nội dung biểu quyết').fill('Nghị quyết về dự toán ngân sách năm 2027');
  await secretary.getByTestId('vote-form').getByRole('button', { name: 'Tạo biểu quyết' }).click();
  await expect(secretary.getByTestId('vote-card')).toHaveAttribute('data-status', 'created');

  await chair.getByRole('tab', { name: 'Biểu quyết' }).click();
  await expect(chair.getByTestId('vote-quorum')).toContainText('Có mặt 3/30 · cần 20');
  chair.once('dialog', (dialog) => void dialog.accept());
  await chair.getByRole('button', { name: 'Mở biểu quyết' }).click();
  await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'open');

  const answers = ['Tán thành', 'Tán thành', 'Không tán thành'];
  for (const [index, { page: ipad }] of ipads.entries()) {
    const overlay = ipad.getByTestId('vote-overlay');
    await expect(overlay).toBeVisible();
    await overlay.getByRole('button', { name: new RegExp(`^${answers[index]} —`) }).click();
    await expect(overlay.getByTestId('ballot-confirm')).toContainText(answers[index] ?? '');
    await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).click();
    await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã biểu quyết');
    await expect(overlay.getByTestId('vote-receipt')).toContainText(/Mã xác nhận phiếu: [0-9A-Z]{4}-[0-9A-Z]{4}/);
  }

  await expect(chair.getByTestId('vote-progress')).toHaveText('3/30 đã biểu quyết');
  await expect(chair.getByTestId('vote-not-voted')).toContainText('1. Nguyễn Văn Thành');
  await expect(chair.getByTestId('vote-not-voted')).not.toContainText('Trần Thị Thu Hà');

  await chair.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await expect(chair.getByTestId('vote-result')).toContainText('6,67%');
  for (const { page: ipad } of ipads) await expect(ipad.getByTestId('vote-overlay').getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');
  await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'closed');
  await expect(screen.getByTestId('vote-result')).toHaveCount(0);

  await chair.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(screen.getByTestId('vote-result')).toContainText('Tán thành');
  await expect(screen.getByTestId('vote-result')).toContainText('6,67%');
  await expect(screen.getByTestId('vote-result')).toContainText('10,00%');
  await expect(screen.getByTestId('vote-outcome')).toHaveText('KHÔNG THÔNG QUA');
  for (const { page: ipad } of ipads) {
    await expect(ipad.getByTestId('result-overlay')).toContainText('3,33%');
    await expect(ipad.getByTestId('result-overlay').getByTestId('vote-outcome')).toHaveText('KHÔNG THÔNG QUA');
  }
  await expect(secretary.getByText('Danh sách biểu quyết theo tên')).toBeVisible();
  await chair.close();
  await screen.close();
});

test('an iPad that loses Wi-Fi while voting keeps its ballot locked, sends it when it is back, and it counts once', async ({ hub, page, openIpad }) => {
  const chairLink = hub.pairingLinks().find((link) => link.role === 'chair');
  const chair = page;
  await chair.setViewportSize({ width: 1400, height: 900 });
  const ipad = await openIpad(9);
  const created = hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, {
    type: 'vote.create', itemId: null, title: 'Nghị quyết về kế hoạch đầu tư công năm 2027', kind: 'resolution', secret: true, names: [], maxChoices: 1,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' }, quorum: { numerator: 2, denominator: 3, mode: 'off' }, durationSeconds: null, allowChange: false,
  });
  expect(created.ok).toBe(true);
  const voteId = hub.engine.state().votes[0]?.id ?? '';
  await chair.goto(chairLink?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
  await chair.getByRole('tab', { name: 'Biểu quyết' }).click();
  await chair.getByRole('button', { name: 'Mở biểu quyết' }).click();

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Không biểu quyết —/ }).click();
  await ipad.context.setOffline(true);
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).click();
  await expect(overlay.getByTestId('ballot-sending')).toContainText('phiếu đã khóa và sẽ được gửi lại');
  await expect(overlay.getByRole('button', { name: /^(Tán thành|Không tán thành|Không biểu quyết) —/ })).toHaveCount(0);
  await ipad.context.setOffline(false);
  // A secret vote: the iPad confirms the ballot with its receipt and no longer shows the choice.
  await expect(overlay.getByTestId('vote-done')).toContainText('Phiếu của Đại biểu đã được ghi nhận');
  await expect(overlay.getByTestId('vote-receipt')).toContainText(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
  await expect(chair.getByTestId('vote-progress')).toHaveText('1/30 đã biểu quyết');
  await chair.getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
  await expect(chair.getByTestId('vote-result')).toBeVisible();
  const tally = tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId));
  expect(tally).toEqual({ participants: 1, counts: { motion: { for: 0, against: 0, abstain: 1 } } });
});
