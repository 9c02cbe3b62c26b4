/** Question registration on the iPad in a real WebKit engine: typed Vietnamese reaches the hub intact, and the delegate withdraws it. */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import type { WebkitSession } from './webkitDriver';
import { useWebkitHall } from './webkitHall';

let hub: Hub;
let webkit: WebkitSession;

useWebkitHall((hall) => ({ hub, webkit } = hall));

const TEXT = 'Đề nghị cho biết tiến độ giải phóng mặt bằng dự án đường ven sông?';
const ADDRESSEE = 'Giám đốc Sở Xây dựng';
const TOPIC = 'Giao thông';

async function statusOfMine(): Promise<string | null> {
  const mine = webkit.browser.$('[data-testid="my-question"]');
  return (await mine.isExisting()) ? mine.getAttribute('data-status') : null;
}

describe('question registration in WebKit', () => {
  it('[Q1] a delegate registers a question with Vietnamese text, sees it registered, and withdraws it', async () => {
    const link = hub.pairingLinks().find((l) => l.seat === 9);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    const section = webkit.browser.$('[data-testid="delegate-questions"]');
    await section.waitForExist({ timeout: 10_000 });
    await section.$('button=Đăng ký chất vấn').click();
    await webkit.browser.$('[data-testid="question-form"] textarea[name="text"]').setValue(TEXT);
    await webkit.browser.$('[data-testid="question-form"] input[name="addressee"]').setValue(ADDRESSEE);
    await webkit.browser.$('[data-testid="question-form"] input[name="topic"]').setValue(TOPIC);
    await webkit.browser.$('[data-testid="question-form"] button[type="submit"]').click();

    await webkit.browser.waitUntil(async () => (await statusOfMine()) === 'registered', { timeout: 10_000, timeoutMsg: 'the question never showed as registered' });
    expect(hub.engine.state().questions).toMatchObject([{ askerPrincipalId: 'seat-9', askerSeat: 9, text: TEXT, addressee: ADDRESSEE, topic: TOPIC, status: 'registered' }]);
    mkdirSync('test-results/webkit', { recursive: true });
    await webkit.browser.saveScreenshot('test-results/webkit/delegate-question-registered.png');

    await webkit.browser.$('[data-testid="my-question"]').$('button=Rút câu hỏi').click();
    await webkit.browser.waitUntil(async () => (await statusOfMine()) === null, { timeout: 10_000, timeoutMsg: 'the withdrawn question stayed in the list' });
    expect(hub.engine.state().questions.map((question) => question.status)).toEqual(['withdrawn']);
  });
});
