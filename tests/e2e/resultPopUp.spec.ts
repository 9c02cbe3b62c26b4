/**
 * Issue 12: old results popped up again. Only the latest published result may
 * pop up, once per device; closing it uncovers nothing older, and an iPad that
 * joins long after the results were published gets no pop-up at all.
 */
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, Principal } from '../../src/shared/protocol';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { resolutionCommand } from '../helpers/voting';
import { openTouchIpad } from './ipadBallot';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };

let dir: string;
let hub: Hub;
let hubClockShiftMs = 0;
test.beforeEach(async () => {
  hubClockShiftMs = 0;
  dir = makeDataDir();
  hub = await startTestHub(dir, { sessionNow: () => Date.now() + hubClockShiftMs });
});
test.afterEach(async () => {
  await hub.stop();
  removeDataDir(dir);
});

function run(actor: Principal, command: Command): void {
  const outcome = hub.engine.execute(actor, command);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code} ${outcome.message}`);
}

/** A show of hands taken from creation to a published result; returns its title. */
function publishHandsVote(title: string): string {
  run(secretary, resolutionCommand({ kind: 'hands', title, quorum: { numerator: 2, denominator: 3, mode: 'off' } }));
  const vote = hub.engine.state().votes.at(-1);
  if (!vote) throw new Error('no vote');
  run(chair, { type: 'vote.open', voteId: vote.id });
  run(secretary, { type: 'vote.enterCounts', voteId: vote.id, counts: { for: 25, against: 2, abstain: 1 } });
  run(chair, { type: 'vote.close', voteId: vote.id });
  run(chair, { type: 'vote.publish', voteId: vote.id });
  return title;
}

test('an iPad that saw two results published shows only the latest, and after closing it no older one pops up, even after a reload', async ({ browser }) => {
  const ipad = await openTouchIpad(browser, hub, 4);
  publishHandsVote('Nghị quyết thứ nhất');
  const latest = publishHandsVote('Nghị quyết thứ hai');
  const overlay = ipad.page.getByTestId('result-overlay');
  await expect(overlay).toHaveCount(1);
  await expect(overlay).toContainText(latest);

  await overlay.getByRole('button', { name: 'Đóng' }).tap();
  await expect(overlay).toHaveCount(0);
  // The next taps used to uncover the older result.
  await ipad.page.getByTestId('session-title').tap();
  await ipad.page.getByTestId('session-title').tap();
  await expect(overlay).toHaveCount(0);
  await ipad.page.reload();
  await ipad.page.getByTestId('session-title').waitFor();
  await expect(ipad.page.getByTestId('prefetch')).toBeVisible();
  await expect(overlay).toHaveCount(0);
  await ipad.context.close();
});

test('an iPad joining minutes after two results were published pops up only the latest, once', async ({ browser }) => {
  publishHandsVote('Nghị quyết thứ nhất');
  const latest = publishHandsVote('Nghị quyết thứ hai');
  hubClockShiftMs = 2 * 60_000;
  const ipad = await openTouchIpad(browser, hub, 5);
  const overlay = ipad.page.getByTestId('result-overlay');
  await expect(overlay).toContainText(latest);
  await overlay.getByRole('button', { name: 'Đóng' }).tap();
  await ipad.page.getByTestId('session-title').tap();
  await expect(overlay).toHaveCount(0);
  await ipad.context.close();
});

test('an iPad joining long after the results were published gets no pop-up for past votes', async ({ browser }) => {
  publishHandsVote('Nghị quyết thứ nhất');
  publishHandsVote('Nghị quyết thứ hai');
  hubClockShiftMs = 30 * 60_000;
  const ipad = await openTouchIpad(browser, hub, 6);
  await expect(ipad.page.getByTestId('prefetch')).toBeVisible();
  await expect(ipad.page.locator('[data-status="online"]')).toBeVisible();
  await ipad.page.getByTestId('session-title').tap();
  await expect(ipad.page.getByTestId('result-overlay')).toHaveCount(0);
  await ipad.context.close();
});
