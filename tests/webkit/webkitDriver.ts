/**
 * Real WebKit (WebKitGTK's MiniBrowser, Safari's engine family) driven through
 * WebKitWebDriver under a private Xvfb display. See docs/testing.md.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { vi } from 'vitest';
import { remote } from 'webdriverio';
import { freePort } from '../helpers/freePort';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const IPAD_SAFARI_UA =
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export interface WebkitSession {
  browser: WebdriverIO.Browser;
  stop(): Promise<void>;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  await vi.waitFor(
    async () => {
      // Throws (and is tried again) while the driver is not listening yet.
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (!response.ok) throw new Error(`WebKitWebDriver answered ${response.status} on port ${port}`);
    },
    { timeout: timeoutMs, interval: 100, message: `WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms` },
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))]);
}

/**
 * Starts Xvfb on a free display it picks itself. It writes the display's number
 * to -displayfd once it accepts clients, so that is awaited, not a fixed time.
 */
async function startXvfb(children: ChildProcess[]): Promise<string> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1800x2600x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  children.push(xvfb);
  const displayFd = xvfb.stdio[3];
  if (!(displayFd instanceof Readable)) throw new Error('Xvfb was started without its display pipe');
  const ready = new Promise<string>((resolve, reject) => {
    let written = '';
    displayFd.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.endsWith('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it opened a display`)));
  });
  return withTimeout(ready, 10_000, 'Starting Xvfb');
}

export async function startWebkit(): Promise<WebkitSession> {
  for (const path of [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/Xvfb']) {
    if (!existsSync(path)) throw new Error(`${path} is missing. Run: sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth`);
  }
  const children: ChildProcess[] = [];
  const stopChildren = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  try {
    const display = await startXvfb(children);
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display, GDK_SCALE: '2' } });
    children.push(driver);
    await waitForPort(port, 10_000);
    const browser = await withTimeout(
      remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', `--user-agent=${IPAD_SAFARI_UA}`] },
        } as WebdriverIO.Capabilities,
      }),
      30_000,
      'Creating the WebKit session',
    );
    await browser.setWindowSize(834, 1232);
    return {
      browser,
      async stop() {
        await browser.deleteSession().catch(() => undefined);
        stopChildren();
      },
    };
  } catch (error) {
    stopChildren();
    throw error;
  }
}
