/**
 * What an iPad keeps of a secret vote: after each ack and after each close,
 * every localStorage and sessionStorage entry and every IndexedDB record of
 * the delegate's page is read, and none may hold a secret choice (option ids,
 * labels, row ids, candidate names, or selection JSON). The check is shown to
 * have teeth: while a ballot is in flight the same scan does find its choice.
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { VoteInfo } from '../../src/shared/protocol';
import { tallyOf } from '../../src/shared/core';
import { expect, test } from './fixtures';
import { asChair, createVote, cuttableLink, dumpDeviceStorage, openTouchIpad } from './ipadBallot';

/** Every string that would give away a choice on this vote's ballot. */
function choiceNeedles(vote: VoteInfo): string[] {
  const needles = ['"row"', '"option"', 'selections'];
  for (const option of vote.options) needles.push(`"${option.id}"`, option.label);
  // A resolution's only row is the motion, labelled with the (public) title.
  if (vote.kind !== 'resolution') for (const row of vote.rows) needles.push(row.id, row.label);
  return needles;
}

function voteOf(hub: Hub, voteId: string): VoteInfo {
  const vote = hub.engine.state().votes.find((candidate) => candidate.id === voteId);
  if (!vote) throw new Error(`no vote ${voteId}`);
  return vote;
}

/** Fails with the offending entries when the page keeps anything of the vote's choices. */
async function expectNoChoiceKept(page: Page, hub: Hub, voteIds: string[], moment: string): Promise<void> {
  const dump = await dumpDeviceStorage(page);
  for (const voteId of voteIds) {
    for (const needle of choiceNeedles(voteOf(hub, voteId))) {
      expect(dump.text.includes(needle), `${moment}: "${needle}" found in\n${dump.text}`).toBe(false);
    }
  }
  // Binary records may only be the session's documents, each stored under its own SHA-256.
  const documents = new Set(hub.engine.state().documents.map((document) => document.sha256));
  for (const record of dump.binaryRecords) {
    expect(record.key, `${moment}: an IndexedDB record that is not a stored document`).toBe(record.sha256);
    expect(documents.has(record.sha256), `${moment}: IndexedDB holds bytes that are not a session document`).toBe(true);
  }
}

test('an iPad keeps nothing of a secret choice once acknowledged or closed: resolution, election and confidence vote', async ({ hub, browser }) => {
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  const ipad = await openTouchIpad(browser, hub, 11, async (context) => {
    link = await cuttableLink(context);
  });
  if (!link) throw new Error('no link');
  const { page } = ipad;
  const overlay = page.getByTestId('vote-overlay');
  const secretVotes: string[] = [];

  // A secret resolution, sent while the link is down: in flight, the scan finds the choice (the check has teeth).
  const resolution = createVote(hub, { title: 'Nghị quyết về đầu tư công trung hạn', secret: true });
  secretVotes.push(resolution);
  asChair(hub, { type: 'vote.open', voteId: resolution });
  await overlay.getByRole('button', { name: /^Không tán thành —/ }).tap();
  await link.cut();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('ballot-sending')).toBeVisible();
  const inFlight = await dumpDeviceStorage(page);
  expect(inFlight.text).toContain('"option":"against"');
  link.restore();
  await expect(overlay.getByTestId('vote-done')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the resolution ack');
  asChair(hub, { type: 'vote.close', voteId: resolution });
  await expect(overlay.getByTestId('vote-awaiting')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the resolution closed');
  asChair(hub, { type: 'vote.publish', voteId: resolution });
  await page.getByTestId('result-overlay').getByRole('button', { name: 'Đóng' }).tap();

  // A secret election: two of three candidates.
  const election = createVote(hub, { title: 'Bầu Phó Chủ tịch Hội đồng nhân dân', kind: 'election', secret: true, names: ['Nguyễn Thị Lan', 'Trần Văn Bình', 'Lê Minh Châu'], maxChoices: 2 });
  secretVotes.push(election);
  asChair(hub, { type: 'vote.open', voteId: election });
  await overlay.getByText('Nguyễn Thị Lan').tap();
  await overlay.getByText('Lê Minh Châu').tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('ballot-confirm')).toHaveText('Đại biểu chọn: Nguyễn Thị Lan, Lê Minh Châu');
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the election ack');
  asChair(hub, { type: 'vote.close', voteId: election });
  await expect(overlay.getByTestId('vote-awaiting')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the election closed');

  // A confidence vote on two officials.
  const confidence = createVote(hub, { title: 'Lấy phiếu tín nhiệm', kind: 'confidence', secret: true, names: ['Phạm Quốc Hùng', 'Võ Thị Mai'] });
  secretVotes.push(confidence);
  asChair(hub, { type: 'vote.open', voteId: confidence });
  await overlay.getByRole('button', { name: 'Phạm Quốc Hùng: Tín nhiệm cao' }).tap();
  await overlay.getByRole('button', { name: 'Võ Thị Mai: Tín nhiệm thấp' }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await overlay.getByRole('button', { name: 'Gửi phiếu biểu quyết' }).tap();
  await expect(overlay.getByTestId('vote-done')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the confidence ack');
  asChair(hub, { type: 'vote.close', voteId: confidence });
  await expect(overlay.getByTestId('vote-awaiting')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after the confidence vote closed');

  // After a reload, nothing comes back either.
  await page.reload();
  await expect(page.getByTestId('session-title')).toBeVisible();
  await expectNoChoiceKept(page, hub, secretVotes, 'after a reload');
  expect(tallyOf(voteOf(hub, confidence))?.participants).toBe(1);
  await ipad.context.close();
});
