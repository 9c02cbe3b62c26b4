/**
 * In a real WebKit engine, whose :focus-visible rules differ from Chromium's:
 * a ballot that opens on an iPad nobody has touched moves the focus to its
 * heading (VoiceOver starts there) without drawing a focus ring round it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, socketUrl, startTestHub, tokenOf } from '../helpers/testHub';
import { TestSocket } from '../helpers/testSocket';
import { createVote, resolutionCommand } from '../helpers/voting';
import { startWebkit } from './webkitDriver';
import type { WebkitSession } from './webkitDriver';

let dir: string;
let hub: Hub;
let webkit: WebkitSession;

beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir);
  webkit = await startWebkit();
});

afterAll(async () => {
  await webkit?.stop();
  await hub?.stop();
  removeDataDir(dir);
});

describe('ballot heading focus in WebKit', () => {
  it('focuses the heading of a ballot that opens, with no visible focus ring', async () => {
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 15);
    await webkit.browser.url(link?.url.replace(hub.publicUrl, hub.localUrl) ?? '');
    await webkit.browser.$('[data-testid="delegate-seat"]').waitForExist({ timeout: 10_000 });

    const secretary = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'secretary'));
    const chair = await TestSocket.connect(socketUrl(hub), tokenOf(hub, 'chair'));
    const voteId = await createVote(secretary, resolutionCommand({ title: 'Nghị quyết về chương trình giám sát năm 2027' }));
    expect((await chair.command({ type: 'vote.open', voteId })).type).toBe('ack');

    await webkit.browser.$('#vote-title').waitForExist({ timeout: 10_000 });
    await webkit.browser.waitUntil(async () => webkit.browser.execute(() => document.activeElement?.id === 'vote-title'), {
      timeout: 10_000,
      timeoutMsg: 'the ballot heading never took the focus',
    });
    const outline = await webkit.browser.execute(() => {
      const heading = document.getElementById('vote-title');
      return heading ? getComputedStyle(heading).outlineStyle : 'missing';
    });
    expect(outline).toBe('none');
    secretary.close();
    chair.close();
  });
});
