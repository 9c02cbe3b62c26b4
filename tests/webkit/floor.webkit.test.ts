/** The iPad's request to speak and its countdown in a real WebKit engine (Safari's family). */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { socketUrl, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;

useWebkitHall((hall) => ({ hub, webkit } = hall));

async function textOf(testId: string): Promise<string> {
  return webkit.browser.$(`[data-testid="${testId}"]`).getText();
}

async function waitUntilText(testId: string, check: (text: string) => boolean, what: string): Promise<string> {
  let last = '';
  await webkit.browser.waitUntil(
    async () => {
      last = await textOf(testId).catch(() => '');
      return check(last);
    },
    { timeout: 10_000, timeoutMsg: `WebKit never showed ${what} in ${testId} (last: "${last}")` },
  );
  return last;
}

describe('the floor on an iPad in WebKit', () => {
  it('[F1] requests to speak with a kind, shows its place, and once given the floor runs the countdown on the iPad', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 9);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await waitUntilText('delegate-seat', (text) => text.includes('Ghế 9'), 'the seat');

    await webkit.browser.$('button=Đăng ký phát biểu').click();
    await webkit.browser.$('button=Chất vấn').click();
    await waitUntilText('floor-place', (text) => text.includes('vị trí thứ 1'), 'the place in the queue');
    const request = hub.engine.state().floor.queue[0];
    expect(request).toMatchObject({ principalId: 'seat-9', seat: 9, kind: 'question' });

    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    expect((await chair.command({ type: 'speech.grant', requestId: request?.id ?? '' })).type).toBe('ack');
    await waitUntilText('floor-bar', (text) => text.includes('Mời Đại biểu phát biểu'), 'the floor given');
    // A question has 1 minute by default; the countdown moves on the iPad's own clock.
    const first = await waitUntilText('speech-timer-time', (text) => /^(1:00|0:[0-5]\d)$/.test(text), 'the countdown');
    await waitUntilText('speech-timer-time', (text) => text !== first && /^0:[0-5]\d$/.test(text), 'the countdown moving');
    mkdirSync('test-results/webkit', { recursive: true });
    await webkit.browser.saveScreenshot('test-results/webkit/floor-speaking.png');

    expect((await chair.command({ type: 'speech.end' })).type).toBe('ack');
    await waitUntilText('floor-bar', (text) => text.includes('Đăng ký phát biểu'), 'the request button back');
    chair.close();
  });
});
