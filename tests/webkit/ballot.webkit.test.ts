/**
 * The iPad ballot in a real WebKit engine: a secret ballot is sent, confirmed with a receipt, leaves no choice in the page's storage,
 * and the iPad waits for the result after the close.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { createVote, resolutionCommand } from '../helpers/voting';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;

useWebkitHall((hall) => ({ hub, webkit } = hall));

async function waitForText(selector: string, expected: string): Promise<void> {
  await webkit.browser.waitUntil(async () => (await webkit.browser.$(selector).getText().catch(() => '')).includes(expected), {
    timeout: 10_000,
    timeoutMsg: `WebKit never showed "${expected}" in ${selector}`,
  });
}

describe('iPad ballot in WebKit', () => {
  it('sends a secret ballot, shows the receipt, keeps no choice in storage, and waits for the result after the close', async () => {
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 14);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await waitForText('[data-testid="delegate-seat"]', 'Ghế 14');

    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const voteId = await createVote(secretary, resolutionCommand({ title: 'Nghị quyết về chương trình giám sát năm 2027', secret: true }));
    expect((await chair.command({ type: 'vote.open', voteId })).type).toBe('ack');

    await webkit.browser.$('button[aria-label^="Không tán thành —"]').click();
    await waitForText('[data-testid="ballot-confirm"]', 'Không tán thành');
    await webkit.browser.$('.ballot-confirm .ballot-send').click();
    await waitForText('[data-testid="vote-done"]', 'Đại biểu đã biểu quyết');
    expect(await webkit.browser.$('[data-testid="vote-receipt"]').getText()).toMatch(/Mã xác nhận phiếu: [0-9A-Z]{4}-[0-9A-Z]{4}/);

    const kept = await webkit.browser.execute(() =>
      [window.localStorage, window.sessionStorage].flatMap((storage) => Array.from({ length: storage.length }, (_, index) => `${storage.key(index)}=${storage.getItem(storage.key(index) ?? '')}`)).join('\n'),
    );
    for (const needle of ['"option"', '"against"', 'selections', 'Không tán thành']) expect(kept).not.toContain(needle);

    expect((await chair.command({ type: 'vote.close', voteId })).type).toBe('ack');
    await waitForText('[data-testid="vote-awaiting"]', 'Đang chờ công bố kết quả');
    secretary.close();
    chair.close();
  });
});
