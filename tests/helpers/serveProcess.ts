/**
 * `npm run serve` as a real child process, bundled from the sources into out/
 * (where the real build puts it, so node_modules and resources resolve the same).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { vi } from 'vitest';

export interface ServeBundle {
  script: string;
  remove(): void;
}

export async function bundleServe(): Promise<ServeBundle> {
  mkdirSync('out', { recursive: true });
  const dir = mkdtempSync(join('out', 'test-serve-'));
  const script = join(process.cwd(), dir, 'serve.cjs');
  await build({ entryPoints: ['src/main/serve.ts'], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: script, logLevel: 'error' });
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves once the hub prints that it is running. */
  ready(timeoutMs?: number): Promise<void>;
  exited(): Promise<number | null>;
}

export interface StartServeOptions {
  /**
   * Serve's own default, HTTPS. Without it the hub serves plain HTTP (--insecure-http): the tests
   * that check serve's TLS ask for it and pass --http-port themselves, so parallel runs never
   * meet on the default 4880.
   */
  secure?: boolean;
  /** Starts the hub under this open-file limit (`ulimit -n`), as a small or busy machine would. */
  maxOpenFiles?: number;
}

export function startServe(script: string, args: string[], options: StartServeOptions = {}): ServeProcess {
  const serveArgs = [script, ...args, ...(options.secure ? [] : ['--insecure-http'])];
  const child =
    options.maxOpenFiles === undefined
      ? spawn(process.execPath, serveArgs, { cwd: process.cwd() })
      : // bash sets the limit, then exec keeps the same pid for node, so child.pid is the hub's.
        spawn('bash', ['-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" "$@"`, process.execPath, ...serveArgs], { cwd: process.cwd() });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    async ready(timeoutMs = 10_000) {
      const started = () => {
        if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode} before it started; it printed:\n${output}`);
        return output.includes('Press Ctrl-C to stop');
      };
      await vi.waitUntil(started, { timeout: timeoutMs, interval: 30 }).catch((error: unknown) => {
        throw new Error(`serve did not start within ${timeoutMs} ms; it printed:\n${output}`, { cause: error });
      });
    },
    exited: () => exit,
  };
}
