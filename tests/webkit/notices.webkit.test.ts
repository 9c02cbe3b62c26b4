/** The notice banner and the help menu in a real WebKit engine: a notice shows, "Đã nhận" acknowledges it, a help request is sent. */
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

async function waitForText(testId: string, expected: string): Promise<void> {
  await webkit.browser.waitUntil(async () => (await textOf(testId).catch(() => '')).includes(expected), {
    timeout: 10_000,
    timeoutMsg: `WebKit never showed "${expected}" in ${testId}`,
  });
}

async function waitUntilHub(check: () => boolean, what: string): Promise<void> {
  await webkit.browser.waitUntil(async () => check(), { timeout: 10_000, timeoutMsg: `the hub never saw ${what}` });
}

describe('notices and help in WebKit', () => {
  it('shows a notice as a banner until "Đã nhận", which the hub records', async () => {
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 14);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await waitForText('delegate-seat', 'Ghế 14');
    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    expect(await secretary.command({ type: 'notice.send', text: 'Tài liệu bổ sung cho nội dung 5' })).toMatchObject({ type: 'ack' });
    await waitForText('notice-banner-text', 'Tài liệu bổ sung cho nội dung 5');
    await webkit.browser.$('[data-testid="notice-acknowledge"]').click();
    await waitUntilHub(() => hub.engine.state().notices[0]?.acknowledgedBy.includes('seat-14') === true, 'the acknowledgement');
    await webkit.browser.$('[data-testid="notice-banner"]').waitForExist({ reverse: true, timeout: 10_000 });
    secretary.close();
  });

  it('sends "Yêu cầu hỗ trợ" from the help menu and says it was sent', async () => {
    await webkit.browser.$('[data-testid="help-menu-open"]').click();
    await webkit.browser.$('[data-testid="help-technical"]').click();
    await waitForText('help-outcome', 'Đã gửi yêu cầu hỗ trợ');
    expect(hub.engine.state().helpRequests).toMatchObject([{ principalId: 'seat-14', seat: 14, kind: 'technical' }]);
  });
});
