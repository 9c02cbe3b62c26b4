/**
 * A hub for benchmarks, in its own process (the built `serve` entry) on
 * 127.0.0.1 and a free port, with a fresh data folder, so the load clients
 * never share an event loop with it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairingCommand } from '../../src/main/cli/pairingCommand';
import type { SessionDefinition } from '../../src/shared/core';
import { freePort } from '../helpers/freePort';

export interface BenchHub {
  url: string;
  readonly pid: number;
  dataDir: string;
  tokenOf(principalId: 'secretary' | 'chair' | 'screen' | `seat-${number}`): string;
  tokens(): Map<string, string>;
  /** The current token of every principal with this role, in the order the hub lists its links (guests: by number). */
  tokensOfRole(role: string): string[];
  /**
   * Stops the hub, keeps it down for `downtimeMs`, starts it again on the same
   * port and data folder, and resolves with the wall-clock time (ms since the
   * epoch) of its first `/healthz` answer, polled every 5 ms.
   */
  restart(downtimeMs: number): Promise<number>;
  stop(): Promise<void>;
}

export async function startBenchHub(session?: SessionDefinition): Promise<BenchHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bench-'));
  const port = await freePort();
  // The largest benchmarks hold 1,500 clients from this machine: above the hub's default total of sockets.
  const args = ['out/main/serve.cjs', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--insecure-http', '--max-sockets', '4000'];
  if (session) {
    const file = join(dataDir, '..', `${dataDir.split('/').pop()}.session.json`);
    writeFileSync(file, JSON.stringify(session));
    args.push('--session', file);
  } else {
    // Without a session of its own the bench runs on the demo, created at once as before the lobby existed.
    args.push('--demo');
  }
  let child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stopChild = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 15_000;
  while (!output.includes('Press Ctrl-C to stop')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The hub did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  pairingCommand(['--data', dataDir, '--format', 'json', '--base-url', url], { out: (line) => lines.push(line), err: () => undefined });
  const links = JSON.parse(lines.join('\n')) as Array<{ seat: number | null; role: string; token: string }>;
  return {
    url,
    get pid() {
      return child.pid ?? 0;
    },
    dataDir,
    tokens: () => new Map(links.map((link) => [link.seat === null ? link.role : `seat-${link.seat}`, link.token])),
    tokensOfRole: (role) => links.filter((link) => link.role === role).map((link) => link.token),
    tokenOf(principalId) {
      const link = principalId.startsWith('seat-') ? links.find((l) => l.seat === Number(principalId.slice(5))) : links.find((l) => l.role === principalId);
      if (!link) throw new Error(`No link for ${principalId}`);
      return link.token;
    },
    async restart(downtimeMs) {
      await stopChild();
      await new Promise((resolve) => setTimeout(resolve, downtimeMs));
      child = spawn(process.execPath, args, { stdio: 'ignore' });
      return firstHealthyAt(url, child);
    },
    async stop() {
      await stopChild();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function firstHealthyAt(url: string, child: ChildProcess): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return performance.timeOrigin + performance.now();
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the hub did not come back after a restart');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
