/**
 * The big screen in every mode, at the two usual projector sizes (16:9
 * 1920×1080 and 1280×720): each is legible (large type), nothing leaves the
 * viewport or is cut off, and a screenshot of each is saved under
 * test-results/ as screen-<mode>-<width>.png.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Hub } from '../../src/main/hub/startHub';
import { SCREEN_MODES } from '../../src/shared/protocol';
import type { Command, Principal, ShownScreenMode } from '../../src/shared/protocol';
import { resolutionCommand } from '../helpers/voting';
import { expect, test } from './fixtures';
import { expectScreenFits, fontSizeOf } from './screenLayout';

const secretary: Principal = { id: 'secretary', role: 'secretary', seat: null, generation: 1 };
const chair: Principal = { id: 'chair', role: 'chair', seat: null, generation: 1 };

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

function run(hub: Hub, actor: Principal, command: Command): void {
  const outcome = hub.engine.execute(actor, command);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code} ${outcome.message}`);
}

function delegate(hub: Hub, seat: number): Principal {
  const principal = hub.engine.state().principals[`seat-${seat}`];
  if (!principal) throw new Error(`no principal for seat ${seat}`);
  return principal;
}

/**
 * A session in full swing: the second item current (its sitting in progress), 22 of the
 * seated delegates on the roll, a speaker with two more waiting, a page presented and a
 * show-of-hands result published; so every mode has something to show.
 */
function sessionInFullSwing(hub: Hub): void {
  const state = hub.engine.state();
  const item = state.agenda[1];
  if (!item) throw new Error('no item');
  run(hub, secretary, { type: 'agenda.setCurrent', itemId: item.id });
  for (const seat of state.seats.slice(0, 22)) run(hub, secretary, { type: 'attendance.set', sittingId: item.sittingId, seat: seat.seat, mark: 'present' });
  for (const seat of [3, 7, 11]) run(hub, delegate(hub, seat), { type: 'speech.request', kind: seat === 7 ? 'question' : 'discussion' });
  const first = hub.engine.state().floor.queue[0];
  if (!first) throw new Error('no request');
  run(hub, chair, { type: 'speech.grant', requestId: first.id });
  const document = hub.engine.state().documents.find((candidate) => candidate.itemId === item.id);
  if (!document) throw new Error('no document');
  run(hub, secretary, { type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
  run(hub, secretary, resolutionCommand({ kind: 'hands', itemId: item.id, title: 'Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2027' }));
  const vote = hub.engine.state().votes.at(-1);
  if (!vote) throw new Error('no vote');
  run(hub, chair, { type: 'vote.open', voteId: vote.id });
  run(hub, secretary, { type: 'vote.enterCounts', voteId: vote.id, counts: { for: 20, against: 1, abstain: 1 } });
  run(hub, chair, { type: 'vote.close', voteId: vote.id });
  run(hub, chair, { type: 'vote.publish', voteId: vote.id });
}

/** What must be on the screen in each mode for the hall. */
async function expectModeContent(screen: Page, hub: Hub, mode: ShownScreenMode): Promise<void> {
  const state = hub.engine.state();
  switch (mode) {
    case 'item':
      await expect(screen.getByTestId('current-item-title')).toHaveText(state.agenda[1]?.title ?? '');
      expect(await fontSizeOf(screen, 'current-item-title')).toBeGreaterThanOrEqual(24);
      return;
    case 'speaker': {
      const turn = state.floor.turn;
      await expect(screen.getByTestId('screen-speaker-name')).toHaveText(turn?.name ?? '');
      await expect(screen.getByTestId('screen-speaker-kind')).toHaveText('Thảo luận');
      await expect(screen.getByTestId('screen-speaker-detail')).toContainText(`Ghế ${turn?.seat ?? ''}`);
      await expect(screen.getByTestId('speech-timer')).toHaveAttribute('data-phase', 'running');
      await expect(screen.getByTestId('screen-next-speaker')).toHaveCount(2);
      expect(await fontSizeOf(screen, 'speech-timer-time')).toBeGreaterThanOrEqual(80);
      return;
    }
    case 'attendance':
      await expect(screen.getByTestId('screen-attendance-figure')).toHaveText(`Có mặt 22/${state.seats.length} đại biểu`);
      await expect(screen.getByTestId('screen-attendance')).toHaveAttribute('data-quorum', 'met');
      await expect(screen.getByTestId('screen-quorum')).toContainText('Đủ túc số');
      return;
    case 'page':
      await expect(screen.locator('[data-testid="pdf-page"][data-rendered-page="1"] canvas')).toBeAttached();
      return;
    case 'result':
      await expect(screen.getByTestId('screen-vote')).toHaveAttribute('data-status', 'published');
      return;
    case 'clock':
      await expect(screen.getByTestId('screen-clock-time')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
      return;
    case 'blank':
      await expect(screen.getByTestId('screen-blank')).toBeAttached();
      return;
    case 'emblem':
      await expect(screen.getByTestId('screen-emblem-council')).toHaveText(state.session?.council ?? '');
      return;
  }
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, every mode of the big screen fits the viewport with large type, and is saved as a screenshot`, async ({ hub, browser }) => {
    test.setTimeout(90_000);
    sessionInFullSwing(hub);
    const screen = await browser.newPage({ viewport: size });
    await screen.goto(`${hub.localUrl}/screen/`);
    for (const mode of SCREEN_MODES.filter((candidate) => candidate !== 'auto')) {
      run(hub, secretary, { type: 'screen.setMode', mode });
      await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', mode);
      await expectModeContent(screen, hub, mode);
      await expectScreenFits(screen, size);
      await screen.screenshot({ path: join('test-results', `screen-${mode}-${size.width}.png`) });
    }
    await screen.close();
  });
}

test('in auto, the screen follows the session: the speaker while speaking, then the held result, then the current item or the presented page', async ({ hub, browser }) => {
  sessionInFullSwing(hub);
  run(hub, secretary, { type: 'presentation.stop' });
  const screen = await browser.newPage({ viewport: SIZES[0] });
  await screen.goto(`${hub.localUrl}/screen/`);
  // A speaker has the floor: the speaker takes the screen over the result.
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'speaker');
  run(hub, chair, { type: 'speech.end' });
  // The result was published moments ago: it stays for the hold time (60 s by default).
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'result');
  // With a hold of 0 s it has had its time: the current item comes back.
  run(hub, secretary, { type: 'screen.setResultHold', seconds: 0 });
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'item');
  const document = hub.engine.state().documents[0];
  if (!document) throw new Error('no document');
  run(hub, secretary, { type: 'presentation.show', documentId: document.id, page: 1, offset: 0 });
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-mode', 'page');
  await screen.close();
});
