/**
 * The secretary's side of the minutes in the console: notes on the item under
 * way that save themselves and survive a refused save, and the count report's
 * vote-counting board and downloads in the Hồ sơ tab.
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, Principal } from '../../src/shared/protocol';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };

function run(hub: Hub, actor: Principal, command: Command): void {
  const result = hub.engine.execute(actor, command);
  if (!result.ok) throw new Error(`setup ${command.type} refused: ${result.message}`);
}

/**
 * Until `full` is set false, every `minutes.noteSet` the page sends is answered
 * `storage_full` on its socket, as the hub answers when its disk is full; the
 * rest of the traffic passes to and from the real hub.
 */
async function fullDiskForNotes(page: Page): Promise<{ full: boolean }> {
  const disk = { full: true };
  await page.routeWebSocket(/\/ws$/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as { type?: string; requestId?: string; command?: { type?: string } };
      if (disk.full && parsed.type === 'command' && parsed.command?.type === 'minutes.noteSet') {
        socket.send(JSON.stringify({ type: 'error', requestId: parsed.requestId, code: 'storage_full', message: 'The disk is full' }));
        return;
      }
      server.send(message);
    });
  });
  return disk;
}

test('notes on the item under way save themselves; a save refused for a full disk keeps the text, says so, and saves on retry', async ({ hub, page, openConsole }) => {
  const item = hub.engine.state().agenda[0];
  if (!item) throw new Error('the demo session has no item');
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: item.id });

  const disk = await fullDiskForNotes(page);

  await openConsole();
  const box = page.getByLabel(`Ghi chép biên bản — ${item.title}`);
  const status = page.getByTestId('item-notes-status');
  await expect(box).toHaveValue('');
  await expect(status).toHaveText('Đã lưu');

  await box.fill('Đại biểu thống nhất khai mạc kỳ họp.');
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toHaveText('Chưa lưu được: nội dung vẫn giữ ở đây và sẽ được lưu lại.');
  await expect(box).toHaveValue('Đại biểu thống nhất khai mạc kỳ họp.');
  expect(hub.engine.state().minutesNotes).toEqual({});

  disk.full = false;
  await page.getByRole('button', { name: 'Lưu lại' }).click();
  await expect(status).toHaveText('Đã lưu');
  expect(hub.engine.state().minutesNotes).toEqual({ [item.id]: 'Đại biểu thống nhất khai mạc kỳ họp.' });

  // More typing saves itself after a pause; a reload shows what the hub holds.
  await box.fill('Đại biểu thống nhất khai mạc kỳ họp.\nChủ tọa kết luận.');
  await expect(status).toHaveText('Đã lưu');
  expect(hub.engine.state().minutesNotes[item.id]).toBe('Đại biểu thống nhất khai mạc kỳ họp.\nChủ tọa kết luận.');
  await page.reload();
  await expect(page.getByLabel(`Ghi chép biên bản — ${item.title}`)).toHaveValue('Đại biểu thống nhất khai mạc kỳ họp.\nChủ tọa kết luận.');
  await expect(page.getByTestId('item-notes-status')).toHaveText('Đã lưu');
});

test('a text typed while the save failed is still there after a reload, and reaches the hub once it accepts it', async ({ hub, page, openConsole }) => {
  const item = hub.engine.state().agenda[0];
  if (!item) throw new Error('the demo session has no item');
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: item.id });
  const disk = await fullDiskForNotes(page);
  await openConsole();
  const box = page.getByLabel(`Ghi chép biên bản — ${item.title}`);
  await box.fill('Ghi chép chưa lưu được');
  await expect(page.getByTestId('item-notes-status')).toHaveAttribute('data-state', 'failed');

  disk.full = false;
  await page.reload();
  await expect(page.getByLabel(`Ghi chép biên bản — ${item.title}`)).toHaveValue('Ghi chép chưa lưu được');
  await expect(page.getByTestId('item-notes-status')).toHaveText('Đã lưu');
  expect(hub.engine.state().minutesNotes[item.id]).toBe('Ghi chép chưa lưu được');
});

test('the Hồ sơ tab takes a secret election’s vote-counting board, locks it while the ballot is open, and offers the count report once counted', async ({ hub, page, openConsole }) => {
  run(hub, secretary, {
    type: 'vote.create',
    itemId: null,
    title: 'Bầu Phó Chủ tịch Hội đồng nhân dân',
    kind: 'election',
    secret: true,
    names: ['Trần Thị Bình'],
    maxChoices: 1,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'off' },
    durationSeconds: null,
    allowChange: false,
  });
  const voteId = hub.engine.state().votes.at(-1)?.id ?? '';
  await openConsole();
  await page.getByRole('tab', { name: 'Hồ sơ' }).click();
  const card = page.getByTestId('count-report-vote');
  await expect(card.getByRole('heading', { name: 'Bầu Phó Chủ tịch Hội đồng nhân dân' })).toBeVisible();
  await expect(card).toContainText('Biên bản kiểm phiếu có sau khi kết thúc bỏ phiếu.');

  await card.getByLabel('Thành viên 1').fill('Lê Văn Cường');
  await card.getByRole('button', { name: 'Thêm thành viên' }).click();
  await card.getByLabel('Thành viên 2').fill('Phạm Thị <Dung> & Đào');
  await card.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }).click();
  await expect(card.getByTestId('counting-board-saved')).toHaveText('Đã lưu Ban kiểm phiếu');
  expect(hub.engine.state().countingBoards[voteId]).toEqual({
    members: [
      { name: 'Lê Văn Cường', role: 'head' },
      { name: 'Phạm Thị <Dung> & Đào', role: 'member' },
    ],
  });

  run(hub, chair, { type: 'vote.open', voteId });
  await expect(card).toContainText('Đang bỏ phiếu: Ban kiểm phiếu nhập trước khi mở hoặc sau khi kết thúc bỏ phiếu.');
  await expect(card.getByLabel('Thành viên 1')).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Lưu Ban kiểm phiếu' })).toBeDisabled();

  run(hub, chair, { type: 'vote.close', voteId });
  const docx = card.getByTestId('count-report-docx');
  const pdf = card.getByTestId('count-report-pdf');
  await expect(docx).toHaveAttribute('href', `/api/minutes?format=docx&countReport=${voteId}`);
  await expect(pdf).toHaveAttribute('href', `/api/minutes?format=pdf&countReport=${voteId}`);
  await expect(card.getByLabel('Thành viên 1')).toBeEnabled();
  const download = page.waitForEvent('download');
  await docx.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Biên bản kiểm phiếu Bầu Phó Chủ tịch Hội đồng nhân dân.docx');
});
