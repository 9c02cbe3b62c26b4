/** `npm run serve` as a real process: it prints its addresses, answers health checks, and stops cleanly on Ctrl-C. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoSession } from '../../../src/main/hub/demoSession';
import { freePort } from '../../helpers/freePort';
import { httpGet } from '../../helpers/httpGet';
import { makeDataDir, removeDataDir } from '../../helpers/testHub';
import { bundleServe, startServe as startServeProcess } from '../../helpers/serveProcess';
import type { ServeBundle } from '../../helpers/serveProcess';

let bundle: ServeBundle;
beforeAll(async () => {
  bundle = await bundleServe();
});
afterAll(() => bundle.remove());

function startServe(args: string[], options: { secure?: boolean } = {}) {
  const serve = startServeProcess(bundle.script, args, options);
  return { child: serve.child, output: serve.output };
}

/** On timeout, vi.waitFor throws the last attempt's error, which shows everything serve printed. */
function waitForOutput(output: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  return vi.waitFor(
    () => {
      const match = output().match(pattern);
      if (!match) throw new Error(`serve never printed ${pattern}; it printed:\n${output()}`);
      return match[0];
    },
    { timeout: timeoutMs, interval: 50 },
  );
}

describe('npm run serve', () => {
  it('serves HTTPS by default, prints the local console, the setup page and the CA but never the secretary link, and shuts down cleanly on SIGINT', async () => {
    const dataDir = makeDataDir();
    const port = await freePort();
    const httpPort = await freePort();
    const { child, output } = startServe(['--port', String(port), '--http-port', String(httpPort), '--host', '127.0.0.1', '--data', dataDir, '--demo'], { secure: true });
    try {
      await waitForOutput(output, /Press Ctrl-C to stop/);
      expect(output()).toContain(`Console:        https://127.0.0.1:${port}/console/   (this computer only)`);
      expect(output()).toContain(`iPad setup:     http://127.0.0.1:${httpPort}/setup/`);
      expect(output()).toContain(`Delegates:      https://127.0.0.1:${port}/delegate/`);
      expect(output()).toContain(`Data folder:    ${dataDir}`);
      expect(output()).toContain('LAN addresses:  none');
      expect(output()).not.toContain('#t=');
      expect(output()).not.toMatch(/WARNING/);
      const ca = readFileSync(join(dataDir, 'tls', 'ca.pem'), 'utf8');
      expect(output()).toContain(join(dataDir, 'tls', 'ca.pem'));
      const health = (await httpGet(`https://127.0.0.1:${port}/healthz`, { ca })).json() as { ok: boolean; clients: number; seq: number };
      expect(health).toMatchObject({ ok: true, clients: 0 });
      expect((await httpGet(`http://127.0.0.1:${httpPort}/healthz`)).json()).toMatchObject({ ok: true });
      // The demo session: its creation, then one event per sample PDF attached.
      const demoDocuments = demoSession().agenda.reduce((count, item) => count + (item.documents?.length ?? 0), 0);
      expect(demoDocuments).toBeGreaterThan(5);
      expect(health.seq).toBe(1 + demoDocuments);

      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output()).toMatch(/stopping the hub/);
      await expect(httpGet(`https://127.0.0.1:${port}/healthz`, { ca })).rejects.toThrow();
      await expect(httpGet(`http://127.0.0.1:${httpPort}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      removeDataDir(dataDir);
    }
  });

  it('keeps the session when started again on the same data folder', async () => {
    const dataDir = makeDataDir();
    try {
      const sessionIds: unknown[] = [];
      for (let run = 0; run < 2; run += 1) {
        const port = await freePort();
        const { child, output } = startServe(['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--demo']);
        await waitForOutput(output, /Press Ctrl-C to stop/);
        sessionIds.push((await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json())).sessionId);
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      expect(sessionIds[0]).toEqual(expect.any(String));
      expect(sessionIds[1]).toBe(sessionIds[0]);
    } finally {
      removeDataDir(dataDir);
    }
  });

  it('starts an empty data folder in the lobby, with no session, and prints the session list link with the console token', async () => {
    const dataDir = makeDataDir();
    const port = await freePort();
    const { child, output } = startServe(['--port', String(port), '--host', '127.0.0.1', '--data', dataDir]);
    try {
      await waitForOutput(output, /Press Ctrl-C to stop/);
      expect((await httpGet(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({ ok: true, sessionId: null, seq: 0 });
      const consoleToken = (await httpGet(`http://127.0.0.1:${port}/api/local-token?role=console`)).json() as { token: string };
      expect(output()).toContain(`Session list:   http://127.0.0.1:${port}/console/#t=${consoleToken.token}`);
      const catalog = await fetch(`http://127.0.0.1:${port}/api/sessions`, { headers: { authorization: `Bearer ${consoleToken.token}` } }).then((r) => r.json());
      expect(catalog).toEqual({ activeSessionId: null, sessions: [] });
    } finally {
      child.kill('SIGKILL');
      removeDataDir(dataDir);
    }
  });

  it('warns loudly that --insecure-http is readable by anyone on the Wi-Fi, and serves plain HTTP', async () => {
    const dataDir = makeDataDir();
    const port = await freePort();
    const { child, output } = startServe(['--port', String(port), '--host', '127.0.0.1', '--data', dataDir]);
    try {
      await waitForOutput(output, /Press Ctrl-C to stop/);
      expect(output()).toMatch(/WARNING: --insecure-http/);
      expect(output()).toMatch(/Anyone on the hall Wi-Fi can read every pairing token and ballot/);
      expect(output()).toContain(`Console:        http://127.0.0.1:${port}/console/`);
      expect(output()).not.toContain('iPad setup:');
      expect((await httpGet(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({ ok: true });
    } finally {
      child.kill('SIGKILL');
      removeDataDir(dataDir);
    }
  });

  it("says clearly when the administrator's certificate file does not exist", async () => {
    const dataDir = makeDataDir();
    try {
      const { child, output } = startServe(['--port', '0', '--http-port', '0', '--host', '127.0.0.1', '--data', dataDir, '--tls-cert', join(dataDir, 'missing.pem'), '--tls-key', join(dataDir, 'missing.key')], { secure: true });
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output()).toContain(`Cannot read ${join(dataDir, 'missing.pem')}: no such file`);
    } finally {
      removeDataDir(dataDir);
    }
  });

  it('refuses a bad option with its usage and exit code 2', async () => {
    const { child, output } = startServe(['--port', 'many']);
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output()).toContain('--port must be a whole number');
    expect(output()).toContain('Usage: npm run serve');
  });

  it('says clearly when the port is taken', async () => {
    const dataDir = makeDataDir();
    const otherDataDir = makeDataDir();
    const port = await freePort();
    const first = startServe(['--port', String(port), '--host', '127.0.0.1', '--data', dataDir]);
    try {
      await waitForOutput(first.output, /Press Ctrl-C to stop/);
      const second = startServe(['--port', String(port), '--host', '127.0.0.1', '--data', otherDataDir]);
      const code = await new Promise((resolve) => second.child.once('exit', resolve));
      expect(code).toBe(1);
      expect(second.output()).toContain('That port is already in use');
    } finally {
      first.child.kill('SIGKILL');
      removeDataDir(dataDir);
      removeDataDir(otherDataDir);
    }
  });
});
