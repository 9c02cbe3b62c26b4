/**
 * The big screen shows a whole result, verdict included, at the two usual
 * projector sizes, for a 300-character title and an election of 10 candidates;
 * and it leaves the result when the secretary moves to another item.
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, Principal } from '../../src/shared/protocol';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { resolutionCommand } from '../helpers/voting';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };

const LONG_TITLE = (
  'Nghị quyết về việc phê duyệt chủ trương đầu tư, điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 ' +
  'và phân bổ chi tiết kế hoạch vốn ngân sách địa phương năm 2027 cho các dự án giao thông, thủy lợi, y tế, giáo dục ' +
  'và chuyển đổi số trên địa bàn tỉnh, kèm theo danh mục công trình trọng điểm và giải pháp tổ chức thực hiện'
).slice(0, 300);

const CANDIDATES = [
  'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em',
  'Vũ Thị Giang', 'Đặng Văn Hải', 'Bùi Thị Hương', 'Đỗ Văn Khánh', 'Ngô Thị Lan',
];

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

function run(hub: Hub, actor: Principal, command: Command): void {
  const outcome = hub.engine.execute(actor, command);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code} ${outcome.message}`);
}

/** Sets the first agenda item current, then creates, opens, fills with ballots, closes and publishes a vote on it. */
async function publishVote(hub: Hub, command: Extract<Command, { type: 'vote.create' }>, ballots: (seat: number, rows: string[]) => Array<{ row: string; option: string }>, voters: number): Promise<string> {
  const itemId = hub.engine.state().agenda[0]?.id ?? null;
  run(hub, secretary, { type: 'agenda.setCurrent', itemId });
  run(hub, secretary, { ...command, itemId });
  const vote = hub.engine.state().votes.at(-1);
  if (!vote) throw new Error('no vote');
  run(hub, chair, { type: 'vote.open', voteId: vote.id });
  const rows = vote.rows.map((row) => row.id);
  for (let seat = 1; seat <= voters; seat += 1) {
    const socket = await TestSocket.connect(socketUrl(hub), tokenOf(hub, `seat-${seat}`));
    const reply = await socket.command({ type: 'vote.cast', voteId: vote.id, seat, ballotId: `screen-ballot-${seat}`, selections: ballots(seat, rows) });
    socket.close();
    if (reply.type !== 'ack') throw new Error(`ballot refused: ${JSON.stringify(reply)}`);
  }
  run(hub, chair, { type: 'vote.close', voteId: vote.id });
  run(hub, chair, { type: 'vote.publish', voteId: vote.id });
  return vote.id;
}

/** Every element of the vote screen lies inside the viewport: nothing is cut off or needs scrolling. */
async function expectNothingOverflows(screen: Page, size: { width: number; height: number }): Promise<void> {
  const outside = await screen.getByTestId('screen-vote').evaluate((root, viewport) => {
    const boxes = [root, ...Array.from(root.querySelectorAll('*'))].map((element) => ({ element, box: element.getBoundingClientRect() }));
    return boxes
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.left < -0.5 || box.top < -0.5 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5)
      .map(({ element, box }) => `${element.tagName}.${element.className} ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
  }, size);
  expect(outside).toEqual([]);
  const scroll = await screen.getByTestId('screen-vote').evaluate((root) => ({ overflowY: root.scrollHeight - root.clientHeight, overflowX: root.scrollWidth - root.clientWidth }));
  expect(scroll.overflowY).toBeLessThanOrEqual(1);
  expect(scroll.overflowX).toBeLessThanOrEqual(1);
  expect(await screen.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(size.height);
}

async function openScreen(hub: Hub, page: Page, size: { width: number; height: number }): Promise<Page> {
  const screen = await page.context().browser()?.newPage({ viewport: size });
  if (!screen) throw new Error('no browser');
  await screen.goto(`${hub.localUrl}/screen/`);
  return screen;
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, an election of 10 candidates with a 300-character title fits the screen, each name once with its verdict`, async ({ hub, page }, testInfo) => {
    expect(LONG_TITLE).toHaveLength(300);
    await publishVote(
      hub,
      resolutionCommand({ kind: 'election', secret: true, title: LONG_TITLE, names: CANDIDATES, maxChoices: 3 }),
      // 20 of 30 seated choose the first three candidates: more than half, so they are elected.
      (_seat, rows) => rows.slice(0, 3).map((row) => ({ row, option: 'yes' })),
      20,
    );
    const screen = await openScreen(hub, page, size);
    await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'published');
    await expect(screen.getByTestId('screen-vote-title')).toHaveText(LONG_TITLE);
    const verdicts = screen.getByTestId('result-verdict');
    await expect(verdicts).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) await expect(verdicts.nth(index)).toBeInViewport({ ratio: 1 });
    await expect(verdicts.nth(0)).toHaveText('Trúng cử');
    await expect(verdicts.nth(9)).toHaveText('Không trúng cử');
    await expect(screen.getByTestId('vote-rule')).toContainText('Cần ít nhất 16/30 phiếu bầu để trúng cử');
    await expect(screen.getByTestId('vote-result')).toContainText('66,67%');
    const text = (await screen.getByTestId('screen-vote').textContent()) ?? '';
    for (const name of CANDIDATES) expect(text.split(name)).toHaveLength(2);
    await expectNothingOverflows(screen, size);
    await screen.screenshot({ path: testInfo.outputPath(`election-${size.width}x${size.height}.png`) });
    await screen.close();
  });

  test(`at ${size.width}×${size.height}, a resolution with a 300-character title fits the screen with its rule and verdict`, async ({ hub, page }, testInfo) => {
    await publishVote(hub, resolutionCommand({ title: LONG_TITLE }), () => [{ row: 'motion', option: 'for' }], 16);
    const screen = await openScreen(hub, page, size);
    await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'published');
    await expect(screen.getByTestId('vote-outcome')).toHaveText('THÔNG QUA');
    await expect(screen.getByTestId('vote-outcome')).toBeInViewport({ ratio: 1 });
    await expect(screen.getByTestId('vote-rule')).toContainText('Cần ít nhất 16/30 phiếu tán thành');
    await expect(screen.getByTestId('vote-result')).toContainText('53,33%');
    // Opened from the hub with no iPad connected: the result says it was opened without a quorum.
    await expect(screen.getByTestId('vote-quorum-note')).toHaveText('Biểu quyết được mở khi chưa đủ số đại biểu có mặt (0/30, cần 20)');
    await expectNothingOverflows(screen, size);
    await screen.screenshot({ path: testInfo.outputPath(`resolution-${size.width}x${size.height}.png`) });
    await screen.close();
  });
}

test('a confidence vote on one official shows the name and the low-confidence verdict worded from the rule', async ({ hub, page }) => {
  await publishVote(hub, resolutionCommand({ kind: 'confidence', secret: true, title: 'Lấy phiếu tín nhiệm', names: ['Lê Văn Cường'] }), (_seat, rows) => [{ row: rows[0] ?? '', option: 'high' }], 3);
  const screen = await openScreen(hub, page, { width: 1280, height: 720 });
  await expect(screen.getByTestId('result-name')).toContainText('Lê Văn Cường');
  await expect(screen.getByTestId('result-verdict')).toHaveText('Không quá một nửa tổng số đại biểu đánh giá tín nhiệm thấp');
  await expect(screen.getByTestId('result-verdict')).toBeInViewport({ ratio: 1 });
  // Taking part is a line of its own above the table, not a figure under the verdict column.
  await expect(screen.getByTestId('result-taking')).toHaveText('Số đại biểu tham gia bỏ phiếu: 3 (10,00%)');
  const taking = await screen.getByTestId('result-taking').boundingBox();
  const table = await screen.locator('.result-table').boundingBox();
  expect(taking && table && taking.y + taking.height <= table.y).toBe(true);
  // A favourable verdict is shown in the colour of a good outcome, not a warning red.
  const colours = await screen.evaluate(() => {
    const verdict = document.querySelector('[data-testid="result-verdict"]');
    const probe = document.createElement('span');
    probe.style.color = 'var(--ok)';
    document.body.append(probe);
    const ok = getComputedStyle(probe).color;
    probe.remove();
    return { verdict: verdict ? getComputedStyle(verdict).color : '', ok };
  });
  expect(colours.verdict).toBe(colours.ok);
  await screen.close();
});

test('the screen leaves a published result when the secretary moves to another item', async ({ hub, page }) => {
  await publishVote(hub, resolutionCommand({ title: 'Nghị quyết về dự toán ngân sách năm 2027' }), () => [{ row: 'motion', option: 'for' }], 2);
  const screen = await openScreen(hub, page, { width: 1280, height: 720 });
  await expect(screen.getByTestId('vote-result')).toBeVisible();
  const next = hub.engine.state().agenda[1];
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: next?.id ?? null });
  await expect(screen.getByTestId('vote-result')).toHaveCount(0);
  await expect(screen.getByTestId('current-item-title')).toHaveText(next?.title ?? '');
  await screen.close();
});

test('a result attached to no item leaves the screen when the current item changes', async ({ hub, page }) => {
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[0]?.id ?? null });
  run(hub, secretary, resolutionCommand({ title: 'Biểu quyết thông qua chương trình kỳ họp' }));
  const voteId = hub.engine.state().votes.at(-1)?.id ?? '';
  run(hub, chair, { type: 'vote.open', voteId });
  run(hub, chair, { type: 'vote.close', voteId });
  run(hub, chair, { type: 'vote.publish', voteId });
  const screen = await openScreen(hub, page, { width: 1280, height: 720 });
  await expect(screen.getByTestId('vote-result')).toBeVisible();
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: hub.engine.state().agenda[1]?.id ?? null });
  await expect(screen.getByTestId('vote-result')).toHaveCount(0);
  await screen.close();
});
