/**
 * The iPad ballot against a real hub: a sent ballot stays locked until the hub
 * acknowledges it and is resent unchanged; the iPad shows only what the hub
 * acknowledged; the ballot closes when the time runs out; and nothing of a
 * secret choice stays on the iPad once it is acknowledged.
 */
import { tallyOf } from '../../src/shared/core';
import { expect, test } from './fixtures';
import { asChair, createVote, cuttableLink, openTouchIpad } from './ipadBallot';

const ANSWER_BUTTONS = /^(Tán thành|Không tán thành|Không biểu quyết) —/;

test('a ballot whose ack is lost stays locked, is resent unchanged, and the iPad shows the first choice and its original receipt from the duplicate ack', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về kế hoạch đầu tư công năm 2027', secret: false });
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 5, async (context) => {
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await expect(overlay.getByTestId('ballot-confirm')).toHaveText('Đại biểu chọn: Tán thành');
  const lostAck = link.loseNextBallotAck();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  const firstReceipt = await lostAck;
  expect(firstReceipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // The hub holds the ballot, the iPad never heard so: the choice is locked, nothing can be picked again.
  await expect(overlay.getByTestId('ballot-sending')).toContainText('Đang gửi phiếu…');
  await expect(overlay.getByTestId('ballot-sending')).toContainText('phiếu đã khóa');
  await expect(overlay.getByRole('button', { name: ANSWER_BUTTONS })).toHaveCount(0);
  await expect(overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' })).toHaveCount(0);

  link.restore();
  await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã biểu quyết');
  await expect(overlay.getByTestId('vote-choice')).toHaveText('Lựa chọn đã ghi nhận: Tán thành');
  await expect(overlay.getByTestId('vote-receipt')).toHaveText(`Mã xác nhận phiếu: ${firstReceipt}`);

  // Every send was the same ballot.
  expect(link.ballotsSent.length).toBeGreaterThanOrEqual(2);
  expect(new Set(link.ballotsSent.map((sent) => JSON.stringify(sent))).size).toBe(1);

  asChair(hub, { type: 'vote.close', voteId });
  const tally = tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId));
  expect(tally).toEqual({ participants: 1, counts: { motion: { for: 1, against: 0, abstain: 0 } } });
  await ipad.context.close();
});

test('a reload while a secret ballot is in flight cannot change the choice: the same ballot is resent and counted as first chosen', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về giá đất năm 2027', secret: true });
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 6, async (context) => {
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Không tán thành —/ }).tap();
  await link.cut();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('ballot-sending')).toContainText('sẽ được gửi lại đúng như đã chọn');

  await ipad.page.reload();
  // Back online after the reload, the kept ballot goes out by itself; its ack is lost again.
  const lostAck = link.loseNextBallotAck();
  link.restore();
  const firstReceipt = await lostAck;
  await expect(overlay.getByTestId('ballot-sending')).toBeVisible();
  await expect(overlay.getByRole('button', { name: ANSWER_BUTTONS })).toHaveCount(0);
  await expect(overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' })).toHaveCount(0);

  link.restore();
  await expect(overlay.getByTestId('vote-done')).toContainText('Phiếu của Đại biểu đã được ghi nhận');
  await expect(overlay.getByTestId('vote-receipt')).toHaveText(`Mã xác nhận phiếu: ${firstReceipt}`);
  // A secret vote: the iPad shows no choice once the hub has it.
  await expect(overlay.getByTestId('vote-choice')).toHaveCount(0);
  expect(new Set(link.ballotsSent.map((sent) => JSON.stringify(sent))).size).toBe(1);

  asChair(hub, { type: 'vote.close', voteId });
  const tally = tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId));
  expect(tally).toEqual({ participants: 1, counts: { motion: { for: 0, against: 1, abstain: 0 } } });
  await ipad.context.close();
});

test('when the time runs out the ballot closes on the iPad at once: no tick or confirm, "Hết thời gian biểu quyết", then "Đang chờ công bố kết quả" until the result', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về biên chế năm 2027', secret: true, durationSeconds: 30 });
  const ipad = await openTouchIpad(browser, hub, 7, (context) => context.clock.install());
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await expect(overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' })).toBeVisible();
  // The iPad's clock passes the deadline (the hub's own clock is untouched).
  await ipad.context.clock.fastForward('00:31');

  await expect(overlay.getByTestId('vote-ended')).toHaveText('Hết thời gian biểu quyết');
  await expect(overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' })).toHaveCount(0);
  await expect(overlay.getByRole('button', { name: ANSWER_BUTTONS })).toHaveCount(0);
  await expect(overlay.getByTestId('ballot-not-counted')).toHaveText('Đại biểu chưa gửi phiếu trong thời gian biểu quyết.');
  await expect(overlay.getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');

  asChair(hub, { type: 'vote.close', voteId });
  await expect(overlay.getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');
  asChair(hub, { type: 'vote.publish', voteId });
  await expect(ipad.page.getByTestId('result-overlay')).toBeVisible();
  await expect(overlay).toHaveCount(0);
  await ipad.context.close();
});

test('a ballot in flight when the time runs out shows the hub’s ack once the link is back, never "Đang gửi phiếu…" for good', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về phí và lệ phí năm 2027', secret: true, durationSeconds: 30 });
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 8, async (context) => {
    await context.clock.install();
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Không biểu quyết —/ }).tap();
  await link.cut();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await ipad.context.clock.fastForward('00:31');
  await expect(overlay.getByTestId('vote-ended')).toHaveText('Hết thời gian biểu quyết');
  await expect(overlay.getByTestId('ballot-sending')).toContainText('Đang hỏi máy chủ phiếu đã được ghi nhận chưa…');
  await expect(overlay.getByTestId('vote-awaiting')).toHaveCount(0);

  // The hub's own time is not over yet: it takes the ballot, and the iPad shows its ack.
  link.restore();
  await expect(overlay.getByTestId('vote-done')).toContainText('Phiếu của Đại biểu đã được ghi nhận');
  await expect(overlay.getByTestId('vote-receipt')).toContainText(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
  await expect(overlay.getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');
  asChair(hub, { type: 'vote.close', voteId });
  const tally = tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId));
  expect(tally).toEqual({ participants: 1, counts: { motion: { for: 0, against: 0, abstain: 1 } } });
  await ipad.context.close();
});

test('a ballot in flight when the vote closes shows that it was not confirmed, and the wait for the result', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về quy hoạch đô thị', secret: true });
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 10, async (context) => {
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await link.cut();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('ballot-sending')).toBeVisible();
  asChair(hub, { type: 'vote.close', voteId });

  link.restore();
  await expect(overlay.getByTestId('vote-ended')).toHaveText('Biểu quyết đã kết thúc');
  await expect(overlay.getByTestId('ballot-not-counted')).toContainText('trước khi máy chủ xác nhận phiếu');
  await expect(overlay.getByTestId('ballot-sending')).toHaveCount(0);
  await expect(overlay.getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');
  expect(tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId))?.participants).toBe(0);

  // Not a dead end: the delegate folds the vote away to read, and can open it again.
  await overlay.getByRole('button', { name: 'Xem tài liệu' }).tap();
  await expect(ipad.page.getByTestId('vote-bar')).toContainText('Biểu quyết đã kết thúc');
  await ipad.page.getByRole('button', { name: 'Mở phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-awaiting')).toBeVisible();
  await ipad.context.close();
});

test('a ballot whose ack was lost before the close is shown as counted once the iPad is back, from the hub’s answer to its retry', async ({ hub, browser }) => {
  const voteId = createVote(hub, { title: 'Nghị quyết về chương trình giám sát năm 2027', secret: true });
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 11, async (context) => {
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  asChair(hub, { type: 'vote.open', voteId });

  const overlay = ipad.page.getByTestId('vote-overlay');
  await overlay.getByRole('button', { name: /^Không biểu quyết —/ }).tap();
  const lostAck = link.loseNextBallotAck();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  const receipt = await lostAck;
  await link.cut();
  asChair(hub, { type: 'vote.close', voteId });
  expect(tallyOf(hub.engine.state().votes.find((vote) => vote.id === voteId))?.participants).toBe(1);

  link.restore();
  await expect(overlay.getByTestId('vote-ended')).toHaveText('Biểu quyết đã kết thúc');
  await expect(overlay.getByTestId('vote-done')).toContainText('Phiếu của Đại biểu đã được ghi nhận');
  await expect(overlay.getByTestId('vote-receipt')).toHaveText(`Mã xác nhận phiếu: ${receipt}`);
  await expect(overlay.getByTestId('ballot-not-counted')).toHaveCount(0);
  await expect(overlay.getByTestId('vote-awaiting')).toHaveText('Đang chờ công bố kết quả');
  await ipad.context.close();
});

test('the iPad ballot and result show the rule and the number needed; a one-name election and confidence vote show the verdict per name, "tham gia bỏ phiếu" and a decimal comma', async ({ hub, browser }) => {
  const ipad = await openTouchIpad(browser, hub, 12);
  const overlay = ipad.page.getByTestId('vote-overlay');
  const result = ipad.page.getByTestId('result-overlay');

  // A resolution, more than 1/2 of the 30 seated: at least 16 "Tán thành".
  const resolution = createVote(hub, { title: 'Nghị quyết về chương trình giám sát năm 2027' });
  asChair(hub, { type: 'vote.open', voteId: resolution });
  await expect(overlay.getByTestId('ballot-rule')).toHaveText('Cần ít nhất 16/30 phiếu tán thành');
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã biểu quyết');
  asChair(hub, { type: 'vote.close', voteId: resolution });
  asChair(hub, { type: 'vote.publish', voteId: resolution });
  await expect(result.getByTestId('vote-rule')).toContainText('Cần ít nhất 16/30 phiếu tán thành');
  await expect(result).toContainText('3,33%');
  await expect(result.getByTestId('vote-outcome')).toHaveText('KHÔNG THÔNG QUA');
  await result.getByRole('button', { name: 'Đóng' }).tap();

  // The usual election: one candidate for one post.
  const election = createVote(hub, { title: 'Bầu Chủ tịch Hội đồng nhân dân', kind: 'election', secret: true, names: ['Nguyễn Thị Lan'], maxChoices: 1 });
  asChair(hub, { type: 'vote.open', voteId: election });
  await expect(overlay.getByTestId('ballot-rule')).toHaveText('Cần ít nhất 16/30 phiếu bầu để trúng cử');
  await overlay.getByText('Nguyễn Thị Lan').tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã bỏ phiếu');
  asChair(hub, { type: 'vote.close', voteId: election });
  asChair(hub, { type: 'vote.publish', voteId: election });
  await expect(result).toContainText('Kết quả bỏ phiếu');
  await expect(result).toContainText('Số đại biểu tham gia bỏ phiếu');
  await expect(result.getByTestId('result-name')).toContainText('Nguyễn Thị Lan');
  await expect(result.getByTestId('result-verdict')).toHaveText('Không trúng cử');
  await expect(result).toContainText('3,33%');
  await result.getByRole('button', { name: 'Đóng' }).tap();

  // A confidence vote on one official.
  const confidence = createVote(hub, { title: 'Lấy phiếu tín nhiệm', kind: 'confidence', secret: true, names: ['Phạm Quốc Hùng'] });
  asChair(hub, { type: 'vote.open', voteId: confidence });
  await expect(overlay.getByTestId('ballot-rule')).toContainText('16/30');
  await overlay.getByRole('button', { name: 'Phạm Quốc Hùng: Tín nhiệm thấp' }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toContainText('Đại biểu đã bỏ phiếu');
  asChair(hub, { type: 'vote.close', voteId: confidence });
  asChair(hub, { type: 'vote.publish', voteId: confidence });
  await expect(result.getByTestId('result-name')).toContainText('Phạm Quốc Hùng');
  // One low rating of 30 seated: not more than half, worded from the rule in force.
  await expect(result.getByTestId('result-verdict')).toHaveText('Không quá một nửa tổng số đại biểu đánh giá tín nhiệm thấp');
  await expect(result).toContainText('Số đại biểu tham gia bỏ phiếu');
  await expect(result).toContainText('3,33%');
  await ipad.context.close();
});

test('every control of the iPad ballot, from the choice to the folded bar, is a touch target of at least 44×44 CSS px', async ({ hub, browser }) => {
  const ipad = await openTouchIpad(browser, hub, 13);
  const overlay = ipad.page.getByTestId('vote-overlay');
  const tooSmall = async (where: string) => {
    const targets = ipad.page.locator('[data-testid="vote-overlay"] button, [data-testid="vote-overlay"] label, [data-testid="vote-bar"] button');
    await expect(targets.first()).toBeVisible();
    const small: string[] = [];
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      if (!box || box.width < 44 || box.height < 44) small.push(`${where}: "${await target.innerText()}" ${box ? `${box.width}×${box.height}` : 'hidden'}`);
    }
    return small;
  };
  const small: string[] = [];

  const resolution = createVote(hub, { title: 'Nghị quyết về chương trình giám sát năm 2027' });
  asChair(hub, { type: 'vote.open', voteId: resolution });
  small.push(...(await tooSmall('resolution ballot')));
  await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
  small.push(...(await tooSmall('confirm step')));
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toBeVisible();
  small.push(...(await tooSmall('recorded')));
  await overlay.getByRole('button', { name: 'Xem tài liệu' }).tap();
  small.push(...(await tooSmall('folded bar')));
  asChair(hub, { type: 'vote.close', voteId: resolution });

  const election = createVote(hub, { title: 'Bầu Phó Chủ tịch Hội đồng nhân dân', kind: 'election', secret: true, names: ['Nguyễn Thị Lan', 'Trần Văn Bình', 'Lê Minh Châu'], maxChoices: 2 });
  asChair(hub, { type: 'vote.open', voteId: election });
  await expect(overlay.getByText('Trần Văn Bình')).toBeVisible();
  small.push(...(await tooSmall('election ballot')));
  asChair(hub, { type: 'vote.cancel', voteId: election, reason: 'Kiểm tra giao diện' });

  const confidence = createVote(hub, { title: 'Lấy phiếu tín nhiệm', kind: 'confidence', secret: true, names: ['Phạm Quốc Hùng', 'Võ Thị Mai'] });
  asChair(hub, { type: 'vote.open', voteId: confidence });
  await expect(overlay.getByRole('button', { name: 'Võ Thị Mai: Tín nhiệm thấp' })).toBeVisible();
  small.push(...(await tooSmall('confidence ballot')));

  expect(small).toEqual([]);
  await ipad.context.close();
});

for (const { skew, label } of [
  { skew: 5 * 60_000, label: 'five minutes fast' },
  { skew: -90_000, label: 'ninety seconds slow' },
]) {
  test(`an iPad whose clock is ${label} times the ballot on the hub’s clock, also right after a reload with no event since, and the delegate can vote`, async ({ hub, browser }) => {
    const voteId = createVote(hub, { title: 'Nghị quyết về học phí năm học 2027–2028', secret: true, durationSeconds: 120 });
    const ipad = await openTouchIpad(browser, hub, 15, (context) => context.clock.install({ time: Date.now() + skew }));
    asChair(hub, { type: 'vote.open', voteId });

    const overlay = ipad.page.getByTestId('vote-overlay');
    await expect(overlay.getByRole('timer')).toContainText(/Còn 1:[0-5]\d|Còn 2:00/);
    await expect(overlay.getByTestId('vote-ended')).toHaveCount(0);

    // After a reload nothing happens in the session: the hub's clock comes with the welcome.
    await ipad.page.reload();
    await expect(overlay).toBeVisible();
    await expect(overlay.getByRole('timer')).toContainText(/Còn 1:[0-5]\d|Còn 2:00/);
    await expect(overlay.getByTestId('vote-ended')).toHaveCount(0);
    await overlay.getByRole('button', { name: /^Tán thành —/ }).tap();
    await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
    await expect(overlay.getByTestId('vote-done')).toContainText('Phiếu của Đại biểu đã được ghi nhận');
    await ipad.context.close();
  });
}
