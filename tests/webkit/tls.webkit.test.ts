/**
 * Real WebKit (WebKitGTK) reaches the delegate app over HTTPS and WSS with the
 * hub's CA trusted in the system store, the way an administrator trusts it,
 * never by accepting insecure certificates (issue 8, section 3).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub } from '../helpers/testHub';
import { SYSTEM_CA_BUNDLE, trustInSystemStore } from '../helpers/trustStores';
import { startWebkit } from './webkitDriver';
import type { WebkitSession } from './webkitDriver';

const name = `chamber-test-ca-${process.pid}-${Date.now()}`;
let dir: string;
let hub: Hub;
let untrust: (() => void) | undefined;
let webkit: WebkitSession | undefined;

beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { transport: { kind: 'generated-tls' }, httpPort: 0 });
  if (!hub.ca) throw new Error('The hub made no CA');
  untrust = trustInSystemStore(hub.ca.certPem, name);
  webkit = await startWebkit();
});

afterAll(async () => {
  await webkit?.stop();
  try {
    untrust?.();
  } finally {
    await hub?.stop();
    removeDataDir(dir);
  }
});

describe('the delegate app in WebKit over HTTPS', () => {
  it('pairs through its https:// seat link, goes online over WSS, and downloads and verifies every document', async () => {
    const browser = (webkit as WebkitSession).browser;
    expect(readFileSync(SYSTEM_CA_BUNDLE, 'utf8')).toContain(hub.ca?.certPem.split('\n')[1]);
    const link = hub.pairingLinks().find((candidate) => candidate.seat === 9);
    const url = link?.url.replace(hub.publicUrl, hub.localUrl) ?? '';
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/delegate\/#t=/);
    await browser.url(url);
    await browser.waitUntil(async () => (await browser.$('[data-testid="delegate-seat"]').getText().catch(() => '')).includes('Ghế 9'), {
      timeout: 15_000,
      timeoutMsg: 'WebKit never showed seat 9 over HTTPS',
    });
    expect(await browser.$('[data-status]').getAttribute('data-status')).toBe('online');
    expect(await browser.execute(() => [window.location.protocol, window.isSecureContext])).toEqual(['https:', true]);
    const total = new Set(hub.engine.state().documents.map((document) => document.sha256)).size;
    await browser.waitUntil(async () => (await browser.$('[data-testid="prefetch"]').getAttribute('data-done').catch(() => null)) === String(total), {
      timeout: 20_000,
      timeoutMsg: `WebKit never downloaded and verified all ${total} documents`,
    });
    expect(await browser.$('[data-testid="prefetch-corrupt"]').isExisting()).toBe(false);
  });
});
