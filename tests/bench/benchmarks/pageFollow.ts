/**
 * page-follow and page-jump: from the presenter's page turn (the command
 * leaving the presenter's client) until the page is painted on each of three
 * iPad pages in Chromium; the figure per turn is the slowest iPad. page-follow
 * turns to the next page, which the iPads rendered ahead; page-jump jumps
 * far, to pages not rendered ahead.
 */
import { chromium, devices } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import type { DocumentInfo } from '../../../src/shared/protocol';
import { makeTextPdf } from '../benchPdf';
import type { Benchmark, BenchRow } from '../benchResult';
import { quantile, round } from '../benchResult';
import { startBenchHub } from '../hubProcess';

const IPADS = 3;
const TURNS = 60;
const JUMPS = 50;
const PAGES = 60;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const pageFollowBenchmark: Benchmark = {
  name: 'page-follow',
  async run({ log }) {
    const hub = await startBenchHub();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const document = await uploadBenchDocument(hub.url, hub.tokenOf('secretary'));
      const presenter = await openPresenter(hub.url, hub.tokenOf('secretary'));
      const ipads = await Promise.all(Array.from({ length: IPADS }, (_, i) => openIpad(browser, `${hub.url}/delegate/#t=${hub.tokenOf(`seat-${i + 1}`)}`)));

      const turn = async (page: number) => {
        const sentAt = Date.now();
        presenter.show(document.id, page);
        const painted = await Promise.all(ipads.map((ipad) => waitForPaint(ipad, document.id, page, sentAt)));
        return Math.max(...painted) - sentAt;
      };

      log(`page-follow: warming up on ${IPADS} iPad pages`);
      await turn(1);
      await settle(ipads, 400);
      const follow: number[] = [];
      for (let i = 0; i < TURNS; i += 1) {
        follow.push(await turn((i % (PAGES - 1)) + 2));
        // Time for the iPads to render the next page ahead, as between real turns.
        await settle(ipads, 250);
      }
      const jump: number[] = [];
      let page = 1;
      for (let i = 0; i < JUMPS; i += 1) {
        page = ((page - 1 + 23) % PAGES) + 1;
        jump.push(await turn(page));
        await settle(ipads, 250);
      }
      presenter.close();
      const rows: BenchRow[] = [
        { name: 'page-follow', n: IPADS, metric: 'p50_ms', value: round(quantile(follow, 0.5)) },
        { name: 'page-follow', n: IPADS, metric: 'p95_ms', value: round(quantile(follow, 0.95)), goal: '< 150' },
        { name: 'page-jump', n: IPADS, metric: 'p50_ms', value: round(quantile(jump, 0.5)) },
        { name: 'page-jump', n: IPADS, metric: 'p95_ms', value: round(quantile(jump, 0.95)), goal: '< 400' },
      ];
      return { rows, notes: [`${TURNS} turns and ${JUMPS} jumps on a ${PAGES}-page document, ${IPADS} iPad Pro 11 pages (DPR 2) in one Chromium`] };
    } finally {
      await browser.close();
      await hub.stop();
    }
  },
};

async function uploadBenchDocument(url: string, token: string): Promise<DocumentInfo> {
  const itemId = await firstItemId(url, token);
  const response = await fetch(`${url}/api/documents?${new URLSearchParams({ itemId, fileName: 'bench.pdf', title: 'Tài liệu đo' })}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: (await makeTextPdf(PAGES)) as Uint8Array<ArrayBuffer>,
  });
  const body = (await response.json()) as { document?: DocumentInfo };
  if (!body.document) throw new Error(`upload failed: ${response.status}`);
  return body.document;
}

function firstItemId(url: string, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; state?: { agenda: Array<{ id: string }> } };
      if (message.type !== 'snapshot') return;
      ws.close();
      const id = message.state?.agenda[0]?.id;
      if (id) resolve(id);
      else reject(new Error('no agenda item'));
    });
    ws.on('error', reject);
  });
}

async function openPresenter(url: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
    ws.on('message', (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'snapshot') resolve();
    });
    ws.on('error', reject);
  });
  let request = 0;
  return {
    show(documentId: string, page: number) {
      request += 1;
      ws.send(JSON.stringify({ type: 'command', requestId: `b${request}`, command: { type: 'presentation.show', documentId, page, offset: 0 } }));
    },
    close: () => ws.close(),
  };
}

async function openIpad(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ ...devices['iPad Pro 11'] });
  await context.addInitScript(() => {
    window.__chamberPaints = [];
  });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForFunction(() => document.querySelector('[data-testid="prefetch"]')?.getAttribute('data-done') === document.querySelector('[data-testid="prefetch"]')?.getAttribute('data-total'), null, { timeout: 30_000 });
  return page;
}

async function waitForPaint(page: Page, documentId: string, pageNumber: number, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ id, number, since }) => window.__chamberPaints?.find((paint) => paint.documentId === id && paint.page === number && paint.at >= since)?.at,
    { id: documentId, number: pageNumber, since: after - 5 },
    { timeout: 10_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function settle(pages: Page[], ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(pages.map((page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))));
}
