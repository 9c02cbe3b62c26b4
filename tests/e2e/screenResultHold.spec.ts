/**
 * In auto, a published result stays on the big screen for the hold time on the
 * hub's clock, then the screen returns to the current item. The hub's clock is
 * moved on by the test, and Playwright's page.clock moves the screen's own clock
 * by one ping interval, so the pong brings it the hub's time at once.
 */
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, Principal } from '../../src/shared/protocol';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { resolutionCommand } from '../helpers/voting';
import { expect, test } from './fixtures';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };
const PING_EVERY_MS = 10_000;

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

test('[B3] a published result stays on the screen for the hold time on the hub clock, then the current item returns', async ({ browser }) => {
  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await screen.clock.install();
  await screen.goto(`${hub.localUrl}/screen/`);
  const item = hub.engine.state().agenda[2];
  if (!item) throw new Error('no item');
  run(secretary, { type: 'agenda.setCurrent', itemId: item.id });
  run(secretary, { type: 'screen.setResultHold', seconds: 90 });
  run(secretary, resolutionCommand({ kind: 'hands', itemId: item.id }));
  const vote = hub.engine.state().votes.at(-1);
  if (!vote) throw new Error('no vote');
  run(chair, { type: 'vote.open', voteId: vote.id });
  run(secretary, { type: 'vote.enterCounts', voteId: vote.id, counts: { for: 25, against: 2, abstain: 1 } });
  run(chair, { type: 'vote.close', voteId: vote.id });
  run(chair, { type: 'vote.publish', voteId: vote.id });
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'result');
  await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'published');

  // 80 s later on the hub's clock: still within the 90 s hold.
  hubClockShiftMs = 80_000;
  await screen.clock.fastForward(PING_EVERY_MS);
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'result');

  // 100 s later: the hold is over and the current item is back, with no event from the hub.
  const seq = hub.engine.seq();
  hubClockShiftMs = 100_000;
  await screen.clock.fastForward(PING_EVERY_MS);
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'item');
  await expect(screen.getByTestId('current-item-title')).toHaveText(item.title);
  expect(hub.engine.seq()).toBe(seq);
  await screen.close();
});
