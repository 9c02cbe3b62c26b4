/**
 * Question time end to end: a delegate registers a question on the iPad, the
 * chair calls its group on a 1366×768 laptop, invites the question and the
 * answer; the asker asks to rebut from the iPad and goes first in the queue;
 * the chair gives the rebuttal, and what was not reached goes to the
 * written-answer list.
 */
import type { Principal } from '../../src/shared/protocol';
import { expect, test } from './fixtures';

const seatFive: Principal = { id: 'seat-5', role: 'delegate', seat: 5, generation: 1 };
const seatSix: Principal = { id: 'seat-6', role: 'delegate', seat: 6, generation: 1 };

test('a delegate registers a question on the iPad; the chair calls the group and gives the answer and the rebuttal, on a 1366×768 laptop', async ({ hub, page, openIpad }, testInfo) => {
  const other = hub.engine.execute(seatFive, { type: 'question.register', text: 'Khi nào khởi công trường học xã Tân Phú?', addressee: 'Giám đốc Sở Giáo dục và Đào tạo', topic: 'Giáo dục' });
  expect(other.ok).toBe(true);

  const { page: ipad } = await openIpad(3);
  const questions = ipad.getByTestId('delegate-questions');
  await questions.getByRole('button', { name: 'Đăng ký chất vấn' }).click();
  await questions.getByLabel('Nội dung câu hỏi').fill('Vì sao tiến độ giải ngân vốn đầu tư công năm 2026 chậm?');
  await questions.getByLabel('Người được chất vấn').fill('Giám đốc Sở Tài chính');
  await questions.getByLabel('Nhóm vấn đề').fill('Ngân sách');
  await questions.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const mine = questions.getByTestId('my-question');
  await expect(mine).toHaveAttribute('data-status', 'registered');
  await expect(mine).toContainText('Gửi: Giám đốc Sở Tài chính');
  await ipad.screenshot({ path: testInfo.outputPath('ipad-question-registered.png') });

  await page.setViewportSize({ width: 1366, height: 768 });
  const chairLink = hub.pairingLinks().find((link) => link.role === 'chair');
  await page.goto(chairLink?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
  await page.getByRole('tab', { name: 'Chất vấn' }).click();
  const group = page.locator('[data-testid="question-group"][data-topic="Ngân sách"]');
  await expect(group).toContainText('1 câu hỏi, 1 chưa gọi');
  await expect(group.getByTestId('question-addressee')).toContainText('Giám đốc Sở Tài chính: 1 câu hỏi');

  await group.getByRole('button', { name: 'Gọi nhóm câu hỏi' }).click();
  await expect(mine).toHaveAttribute('data-status', 'called');
  await group.getByRole('button', { name: 'Mời chất vấn' }).click();
  const turn = page.getByTestId('question-turn');
  await expect(turn).toContainText('Chất vấn');
  await group.getByRole('button', { name: 'Mời trả lời' }).click();
  await expect(turn).toHaveText('Đang phát biểu: Giám đốc Sở Tài chính — Trả lời chất vấn');
  // The asker asks to rebut from the iPad: the request goes ahead of a delegate already waiting.
  const waiting = hub.engine.execute(seatSix, { type: 'speech.request', kind: 'discussion' });
  expect(waiting.ok).toBe(true);
  const floorBar = ipad.getByTestId('floor-bar');
  await floorBar.getByRole('button', { name: 'Đăng ký phát biểu' }).click();
  await floorBar.getByRole('button', { name: 'Tranh luận' }).click();
  await expect(ipad.getByTestId('floor-place')).toContainText('vị trí thứ 1');
  await group.getByRole('button', { name: 'Mời tranh luận' }).click();
  await expect(turn).toContainText('Tranh luận');
  const asker = hub.engine.state().seats.find((seat) => seat.seat === 3)?.name ?? '';
  await expect(turn).toContainText(asker);
  await page.screenshot({ path: testInfo.outputPath('chair-question-time-1366x768.png') });

  await group.getByRole('button', { name: 'Đã trả lời xong' }).click();
  await expect(mine).toHaveAttribute('data-status', 'answered');
  await page.getByTestId('all-to-written').click();
  const written = page.getByTestId('written-answer-row');
  await expect(written).toHaveCount(1);
  await expect(written).toContainText('Khi nào khởi công trường học xã Tân Phú?');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('chair-written-answers-1366x768.png'), fullPage: true });

  // Printed, the page is the written-answer list alone.
  await page.emulateMedia({ media: 'print' });
  await expect(group).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Chất vấn' })).toBeHidden();
  await expect(written).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('written-answers-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const floor = hub.engine.state().floor;
  const given = [...floor.turns, ...(floor.turn ? [floor.turn] : [])];
  expect(given.map((one) => one.kind)).toEqual(['question', 'answer', 'rebuttal']);
  // The rebuttal was given from the asker's own request, tied to the question.
  expect(given[2]).toMatchObject({ principalId: 'seat-3', requestId: expect.any(String), questionId: given[0]?.questionId });
  expect(floor.queue.map((request) => request.principalId)).toEqual(['seat-6']);
});
