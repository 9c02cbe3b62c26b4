/**
 * The speaker's timer on the big screen warns in the last 30 s and shows the
 * overrun in red, on the hub's clock. The test moves the hub's clock on (seven
 * minutes are not waited out) and, with Playwright's page.clock, moves the
 * screen's own clock on by ten seconds, so its next ping fires at once and the
 * pong brings it the hub's time, as a screen in the hall would within ten seconds.
 */
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import type { Command, Principal } from '../../src/shared/protocol';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { expect, test } from './fixtures';

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

/** The screen's clock moves on by one ping interval: the ping goes, and the pong carries the hub's clock. */
async function screenHearsTheHub(screen: Page): Promise<void> {
  await screen.clock.fastForward(PING_EVERY_MS);
}

test('the timer on the big screen warns in the last 30 s and shows the overrun in red, on the hub clock', async ({ browser }, testInfo) => {
  const screen = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await screen.clock.install();
  await screen.goto(`${hub.localUrl}/screen/`);
  const delegate = hub.engine.state().principals['seat-4'];
  if (!delegate) throw new Error('no delegate');
  run(delegate, { type: 'speech.request', kind: 'discussion' });
  const request = hub.engine.state().floor.queue[0];
  if (!request) throw new Error('no request');
  run(chair, { type: 'speech.grant', requestId: request.id });
  const limitMs = hub.engine.state().floor.turn?.timer.limitMs ?? 0;
  expect(limitMs).toBe(7 * 60_000);

  const timer = screen.getByTestId('speech-timer');
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'speaker');
  await expect(timer).toHaveAttribute('data-phase', 'running');
  await expect(timer.getByTestId('speech-timer-time')).toHaveText(/^(7:00|6:5\d)$/);

  // 25 s before the limit on the hub's clock: "Sắp hết giờ".
  hubClockShiftMs = limitMs - 25_000;
  await screenHearsTheHub(screen);
  await expect(timer).toHaveAttribute('data-phase', 'warning');
  await expect(timer.getByTestId('speech-timer-status')).toHaveText('Sắp hết giờ');
  await expect(timer.getByTestId('speech-timer-time')).toHaveText(/^0:(1\d|2[0-5])$/);
  await screen.screenshot({ path: testInfo.outputPath('screen-timer-warning.png') });

  // 15 s past the limit: "Quá giờ", the overrun counted up, in red.
  hubClockShiftMs = limitMs + 15_000;
  await screenHearsTheHub(screen);
  await expect(timer).toHaveAttribute('data-phase', 'overrun');
  await expect(timer.getByTestId('speech-timer-status')).toHaveText('Quá giờ');
  await expect(timer.getByTestId('speech-timer-time')).toHaveText(/^\+0:(1[5-9]|2\d)$/);
  const background = await timer.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [red = 0, green = 0, blue = 0] = (background.match(/\d+/g) ?? []).map(Number);
  expect(red).toBeGreaterThan(150);
  expect(green).toBeLessThan(60);
  expect(blue).toBeLessThan(60);
  await screen.screenshot({ path: testInfo.outputPath('screen-timer-overrun.png') });

  // The chair ends the turn: the screen goes back to the current item.
  run(chair, { type: 'speech.end' });
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'item');
  await screen.close();
});
