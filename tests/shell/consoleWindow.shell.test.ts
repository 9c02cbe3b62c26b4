import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { electronSqliteBindingPath } from '../../src/main/electronSqliteBinding';
import { hubNames } from '../../src/main/hub/tls/hubNames';
import { loadOrCreateHubTls } from '../../src/main/hub/tls/hubTls';
import { consoleShown, electronVersion, launchChromium, makeAppDir, removeTemporaryFolders, startDesktopApp, temporaryFolder, waitFor } from './helpers/desktopApp';
import type { DesktopApp } from './helpers/desktopApp';

let browser: Browser;
let foreign: Server;
let foreignUrl: string;
const foreignRequests: string[] = [];
const running: DesktopApp[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  foreign = createServer((request, response) => {
    foreignRequests.push(request.url ?? '');
    if (request.url === '/bounce') response.writeHead(302, { location: '/redirected' }).end();
    else response.end('<!doctype html><title>foreign</title>');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const app of running.splice(0)) {
    if (!app.electron.app.quitted) {
      app.electron.app.quit();
      await waitFor(() => app.electron.app.quitted);
    }
    await Promise.all(app.forks().map((fork) => fork.process.exited));
  }
});

afterAll(async () => {
  removeTemporaryFolders();
  await browser.close();
  await new Promise((resolve) => foreign.close(resolve));
});

/** The certificate the hub serves on its port, as PEM. */
function servedCertificate(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(new X509Certificate(socket.getPeerCertificate().raw).toString());
      socket.end();
    });
    socket.once('error', reject);
  });
}

function start(appDir = makeAppDir(), userData = temporaryFolder('chamber-shell-data-')): DesktopApp {
  const app = startDesktopApp({ browser, appDir, userData });
  running.push(app);
  return app;
}

describe('the desktop app under the Electron stand-in', () => {
  it('opens the console window on its hub with contextIsolation, sandbox and no nodeIntegration', async () => {
    const app = start();
    const { hub, page } = await consoleShown(app);
    const window = app.consoleWindow();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(app.electron.app.sandboxEnabled).toBe(true);
    await waitFor(() => window.isVisible());
    expect(page.url()).toBe(`${hub.localUrl}/console/`);
    expect(new URL(hub.localUrl).hostname).toBe('127.0.0.1');
  });

  it('hands the hub the better-sqlite3 binding in .electron-native, and the hub loads it when a session opens', async () => {
    const appDir = makeAppDir();
    const app = start(appDir);
    const { hub, page } = await consoleShown(app);
    const binding = electronSqliteBindingPath(appDir, electronVersion);
    const [fork] = app.forks();
    expect(fork?.args).toEqual(expect.arrayContaining(['--sqlite-binding', binding]));
    // A first start is in the lobby, with no database open: the secretary opens the sample session.
    const status = await page.evaluate(async (token) => (await fetch('/api/sessions/demo', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status, hub.consoleToken);
    expect(status).toBe(201);
    const maps = readFileSync(`/proc/${fork?.process.pid}/maps`, 'utf8');
    expect(maps).toContain(binding);
    expect(maps).not.toContain(join('node_modules', 'better-sqlite3', 'build'));
  });

  it('without the Electron build of better-sqlite3 says what to run and starts no hub', async () => {
    const app = start(makeAppDir({ withBinding: false }));
    await waitFor(() => app.electron.dialog.errorBoxes.length > 0);
    expect(app.electron.dialog.errorBoxes[0]?.content).toContain('npm start');
    expect(app.electron.app.quitRequests).toBeGreaterThan(0);
    expect(app.forks()).toHaveLength(0);
  });

  it('gives the secretary token to pages of its own hub and nothing to any other origin', async () => {
    const app = start();
    const { hub, page } = await consoleShown(app);
    const own = await page.evaluate(() => (window as unknown as { chamber: { getHub(): Promise<{ url: string; secretaryToken: string }> } }).chamber.getHub());
    // A first start is in the lobby: the console is handed the hub's console token for both.
    expect(hub.secretaryToken).toBeNull();
    expect(own).toEqual({ url: hub.localUrl, secretaryToken: hub.consoleToken, consoleToken: hub.consoleToken });

    await app.consoleWindow().loadURL(`${foreignUrl}/elsewhere`);
    const elsewhere = await page.evaluate(() =>
      (window as unknown as { chamber: { getHub(): Promise<unknown> } }).chamber.getHub().then(
        (value) => ({ refused: false, value }),
        (error: unknown) => ({ refused: true, value: String(error) }),
      ),
    );
    expect(elsewhere.refused).toBe(true);
    expect(JSON.stringify(elsewhere.value)).not.toContain(hub.consoleToken);
  });

  it('refuses navigation to a foreign origin, a redirect off the hub, and new windows', async () => {
    const app = start();
    const { hub, page } = await consoleShown(app);
    const contents = app.consoleWindow().webContents;
    foreignRequests.length = 0;

    await page.evaluate((url) => {
      window.location.href = url;
    }, `${foreignUrl}/navigated`);
    await waitFor(() => contents.guarded.find((entry) => entry.url === `${foreignUrl}/navigated`));

    // A redirect off the hub's origin is refused whoever started the load, as Electron asks will-redirect for every navigation.
    await app.consoleWindow().loadURL(`${foreignUrl}/bounce`).catch(() => undefined);
    await waitFor(() => contents.guarded.find((entry) => entry.url === `${foreignUrl}/redirected`));

    await page.evaluate((url) => {
      window.open(url);
    }, `${foreignUrl}/popup`);
    await waitFor(() => contents.guarded.find((entry) => entry.url === `${foreignUrl}/popup`));

    expect(contents.guarded.filter((entry) => entry.url.startsWith(foreignUrl))).toEqual([
      { event: 'will-navigate', url: `${foreignUrl}/navigated`, refused: true },
      { event: 'will-redirect', url: `${foreignUrl}/redirected`, refused: true },
      { event: 'window-open', url: `${foreignUrl}/popup`, refused: true },
    ]);
    // Only the load the test itself asked for reached the foreign server.
    expect(foreignRequests).toEqual(['/bounce']);
    expect(new URL(page.url()).origin).toBe(new URL(hub.localUrl).origin);
  });

  it('asks the save dialog for a PDF of the console page under a safe file name, and refuses other origins', async () => {
    const app = start();
    const { page } = await consoleShown(app);
    const save = (name: string) =>
      page.evaluate(
        (suggested) => (window as unknown as { chamber: { savePageAsPdf(name: string): Promise<boolean> } }).chamber.savePageAsPdf(suggested),
        name,
      );
    // The stand-in's save dialog is cancelled: nothing is written, and the call says so.
    expect(await save('minutes.pdf')).toBe(false);
    expect(await save('../../etc/passwd')).toBe(false);
    expect(app.electron.dialog.saveDialogs.map((options) => options.defaultPath?.split('/').pop())).toEqual(['minutes.pdf', 'chamber.pdf']);

    await app.consoleWindow().loadURL(`${foreignUrl}/elsewhere`);
    const elsewhere = await page.evaluate(() =>
      (window as unknown as { chamber: { savePageAsPdf(name: string): Promise<boolean> } }).chamber.savePageAsPdf('x.pdf').then(
        () => 'saved',
        () => 'refused',
      ),
    );
    expect(elsewhere).toBe('refused');
    expect(app.electron.dialog.saveDialogs).toHaveLength(2);
  });

  it("trusts the hub's own certificate in the window, and no certificate of another CA", async () => {
    const app = start();
    const { hub } = await consoleShown(app);
    const verify = app.electron.session.defaultSession.certificateVerifyProc;
    if (!verify) throw new Error('No certificate check was set');
    const { port } = new URL(hub.localUrl);
    const served = await servedCertificate(Number(port));
    const other = await loadOrCreateHubTls(temporaryFolder('chamber-other-ca-'), hubNames({ host: '127.0.0.1' }));
    const verdict = (certificatePem: string) =>
      new Promise<number>((resolve) => verify({ hostname: '127.0.0.1', certificate: { data: certificatePem } } as Electron.Request, resolve));
    expect(await verdict(served)).toBe(0);
    expect(await verdict(other.certPem)).toBe(-3);
  });

  it('denies every permission request and check', async () => {
    const app = start();
    await consoleShown(app);
    const session = app.electron.session.defaultSession;
    const contents = app.consoleWindow().webContents as unknown as Electron.WebContents;
    const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal'] as const;
    for (const permission of permissions) {
      const granted = await new Promise<boolean>((resolve) =>
        session.permissionRequestHandler?.(contents, permission, resolve, {} as Electron.PermissionRequest),
      );
      expect(granted, permission).toBe(false);
      expect(session.permissionCheckHandler?.(contents, permission, 'https://127.0.0.1', {} as Electron.PermissionCheckHandlerHandlerDetails), permission).toBe(false);
    }
  });
});
