/**
 * prefetch: 200 simulated iPads each download the whole document set (60
 * files of 5 MB, 300 MB) from the hub over real HTTP, two at a time per
 * device, against the same files served by a bare Node `http` + streams
 * server in the same run (`baseline`, `ratio`). prefetch-rss: how much the
 * hub's resident memory grows while it serves that (peak minus the level
 * before), read from /proc for the hub's own process. The hub, the baseline
 * and the devices each run in a process of their own.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import type { Benchmark, BenchContext } from '../benchResult';
import { round } from '../benchResult';
import { waitMessage } from '../fanoutProcesses';
import { startBenchHub } from '../hubProcess';
import type { BenchHub } from '../hubProcess';
import { makePaddedPdf } from '../prefetchPdfs';

const DEVICES = 200;
const FILES = 60;
const FILE_BYTES = 5 * 1024 * 1024;
const PER_DEVICE = 2;

export const prefetchBenchmark: Benchmark = {
  name: 'prefetch',
  async run(context) {
    const hub = await startBenchHub();
    const children: ChildProcess[] = [];
    try {
      const shas = await uploadSet(hub, context);
      const folder = documentsFolder(hub.dataDir);
      const baseline = fork('out/bench/staticFileServer.mjs', [folder], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(baseline);
      const { port } = await waitMessage<{ port: number }>(baseline, 'listening');
      const delegateTokens = hub.tokensOfRole('delegate');
      const tokens = Array.from({ length: DEVICES }, (_, index) => delegateTokens[index % delegateTokens.length] ?? '');
      const paths = shas.map((sha) => `/documents/${sha}.pdf`);
      const hubClients = await startClients({ baseUrl: hub.url, tokens, paths, perDevice: PER_DEVICE }, children);
      const baselineClients = await startClients({ baseUrl: `http://127.0.0.1:${port}`, tokens: tokens.map(() => ''), paths, perDevice: PER_DEVICE }, children);

      // Warm-up: the files in the page cache, both servers' code paths run once.
      await go(hubClients, 4);
      await go(baselineClients, 4);
      context.log(`prefetch: ${FILES} files of ${FILE_BYTES / 1024 / 1024} MB; ${DEVICES} devices, ${PER_DEVICE} downloads each at a time`);

      // Baseline, hub, baseline: the machine is shared, so the baseline is the mean of the runs around the hub's.
      const baselineRss = rssTracker(baseline.pid ?? 0);
      const baselineFirst = (await go(baselineClients, DEVICES)).ms;
      baselineRss.stop();
      const hubRss = rssTracker(hub.pid);
      const hubRun = await go(hubClients, DEVICES).finally(() => hubRss.stop());
      const baselineSecond = (await go(baselineClients, DEVICES)).ms;
      const baselineMs = (baselineFirst + baselineSecond) / 2;
      context.log(`prefetch: baseline ${round(baselineFirst)} and ${round(baselineSecond)} ms; hub ${round(hubRun.ms)} ms, ${round(hubRun.bytes / 1024 / 1024 / 1024, 2)} GiB`);
      context.log(`prefetch: hub RSS ${round(hubRss.before)} → peak ${round(hubRss.peak())} MB; baseline RSS ${round(baselineRss.before)} → peak ${round(baselineRss.peak())} MB`);
      const expected = DEVICES * shas.length * FILE_BYTES;
      if (hubRun.bytes < expected * 0.99) throw new Error(`the devices read ${hubRun.bytes} bytes of ${expected}`);
      return {
        rows: [
          { name: 'prefetch', n: DEVICES, metric: 'ms', value: round(hubRun.ms), baseline: round(baselineMs), ratio: round(hubRun.ms / baselineMs, 2), goal: 'ratio <= 1.2' },
          { name: 'prefetch-rss', n: DEVICES, metric: 'mb', value: round(hubRss.peak() - hubRss.before), goal: 'flat' },
        ],
        notes: [
          `${DEVICES} devices × ${shas.length} files of ${FILE_BYTES / 1024 / 1024} MB over keep-alive HTTP, ${PER_DEVICE} at a time per device; after a warm-up, the baseline before and after the hub (its mean)`,
          `devices share the session's ${delegateTokens.length} delegate tokens in turn`,
          `the bare server's RSS grew ${round(baselineRss.peak() - baselineRss.before)} MB under the same load`,
        ],
      };
    } finally {
      for (const child of children) child.kill('SIGTERM');
      await hub.stop();
    }
  },
};

/** Uploads the set as the secretary does, round-robin over the agenda items; answers the files' SHA-256s. */
async function uploadSet(hub: BenchHub, context: BenchContext): Promise<string[]> {
  const token = hub.tokenOf('secretary');
  const itemIds = await agendaItemIds(hub);
  const shas: string[] = [];
  for (let index = 0; index < FILES; index += 1) {
    const query = new URLSearchParams({ itemId: itemIds[index % itemIds.length] ?? '', fileName: `tai-lieu-${index + 1}.pdf` });
    const response = await fetch(`${hub.url}/api/documents?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/pdf' },
      body: makePaddedPdf(FILE_BYTES) as Uint8Array<ArrayBuffer>,
    });
    const body = (await response.json()) as { document?: { sha256: string }; message?: string };
    if (!body.document) throw new Error(`upload ${index + 1} refused: ${response.status} ${body.message}`);
    shas.push(body.document.sha256);
  }
  context.log(`prefetch: ${FILES} files uploaded`);
  return shas;
}

/** The session's agenda item ids, from the snapshot the hub sends the secretary's socket. */
async function agendaItemIds(hub: BenchHub): Promise<string[]> {
  const socket = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/ws`);
  try {
    return await new Promise<string[]>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token: hub.tokenOf('secretary'), lastSeq: 0, protocolVersion: PROTOCOL_VERSION })));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; state?: { agenda: Array<{ id: string }> } };
        if (message.type === 'snapshot' && message.state) resolve(message.state.agenda.map((item) => item.id));
      });
    });
  } finally {
    socket.close();
  }
}

function documentsFolder(dataDir: string): string {
  return findFile(dataDir, 'documents');
}

function findFile(dir: string, name: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === name) return path;
    if (entry.isDirectory()) {
      try {
        return findFile(path, name);
      } catch {
        /* not below this folder */
      }
    }
  }
  throw new Error(`No ${name} under ${dir}`);
}

async function startClients(config: object, children: ChildProcess[]): Promise<ChildProcess> {
  const child = fork('out/bench/prefetchClients.mjs', [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  await waitMessage(child, 'ready');
  return child;
}

async function go(clients: ChildProcess, devices: number): Promise<{ ms: number; bytes: number }> {
  const result = new Promise<{ ms: number; bytes: number }>((resolve, reject) => {
    const onMessage = (message: { type: string; ms?: number; bytes?: number; message?: string }) => {
      if (message.type === 'result') {
        clients.off('message', onMessage);
        resolve({ ms: message.ms ?? 0, bytes: message.bytes ?? 0 });
      } else if (message.type === 'failed') {
        clients.off('message', onMessage);
        reject(new Error(message.message));
      }
    };
    clients.on('message', onMessage);
  });
  clients.send({ type: 'go', devices });
  return result;
}

/** Samples a process's RSS every 100 ms from now until stopped: the level at the start and the peak. */
function rssTracker(pid: number): { before: number; peak(): number; stop(): void } {
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  return { before, peak: () => peak, stop: () => clearInterval(timer) };
}

/** A process's resident set in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
}
