import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BALLOTS_FILE, DATABASE_FILE, SESSIONS_FOLDER } from '../../src/main/hub/dataFolder';
import { translate } from '../../src/shared/i18n/translate';
import { consoleShown, hubHealth, launchChromium, makeAppDir, removeTemporaryFolders, startDesktopApp, temporaryFolder, waitFor } from './helpers/desktopApp';
import type { DesktopApp } from './helpers/desktopApp';

let browser: Browser;
const running: DesktopApp[] = [];

beforeAll(async () => {
  browser = await launchChromium();
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
});

function newUserData(): string {
  return temporaryFolder('chamber-shell-data-');
}

function start(appDir: string, userData: string): DesktopApp {
  const app = startDesktopApp({ browser, appDir, userData });
  running.push(app);
  return app;
}

/** SQLite's own sign that a database needs recovery on its next open: a WAL with frames in it, or a rollback journal, in any session's folder. */
function leftForRecovery(userData: string): string[] {
  const candidates = [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-journal`, `${BALLOTS_FILE}-wal`, `${BALLOTS_FILE}-journal`];
  const sessions = readdirSync(join(userData, SESSIONS_FOLDER));
  expect(sessions.length).toBeGreaterThan(0);
  return sessions.flatMap((session) =>
    candidates.map((name) => join(userData, SESSIONS_FOLDER, session, name)).filter((file) => existsSync(file) && statSync(file).size > 0),
  );
}

/** A first start is in the lobby: the secretary opens the sample session, as "Mở kỳ họp mẫu" does. */
async function openSampleSession(page: Page, consoleToken: string): Promise<void> {
  const status = await page.evaluate(async (token) => (await fetch('/api/sessions/demo', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status, consoleToken);
  expect(status).toBe(201);
}

describe('the hub process under the desktop app', () => {
  it('starts a hub killed with SIGKILL again on the same data, and the window reloads on it', async () => {
    const app = start(makeAppDir(), newUserData());
    const first = await consoleShown(app);
    await openSampleSession(first.page, first.hub.consoleToken);
    const before = await hubHealth(first.page);
    expect(before.sessionId).not.toBeNull();

    app.forks()[0]?.process.child.kill('SIGKILL');
    const second = await consoleShown(app, 1);

    expect(app.forks()[1]?.args).toEqual(app.forks()[0]?.args);
    expect(second.page.url()).toBe(`${second.hub.localUrl}/console/`);
    expect(await hubHealth(second.page)).toMatchObject({ sessionId: before.sessionId, seq: before.seq });
  });

  it('stops restarting a hub that keeps crashing, and the window says why', async () => {
    const app = start(makeAppDir(), newUserData());
    // The first start and three restarts within the minute; the fourth crash is one too many.
    for (let index = 0; index < 4; index += 1) {
      await consoleShown(app, index);
      app.forks()[index]?.process.child.kill('SIGKILL');
    }
    const lastExit = await app.forks()[3]?.process.exited;
    const why = translate('vi', 'desktop.hubKeepsStopping', { code: lastExit ?? -1 });
    const page = app.consoleWindow().webContents.chromiumPage();
    await waitFor(() => page.url().startsWith('data:'));
    await page.waitForLoadState('load');
    expect(await page.getByRole('alert').textContent()).toBe(why);
    expect(app.electron.dialog.errorBoxes.map((box) => box.content)).toEqual([why]);
    expect(app.forks()).toHaveLength(4);
  });

  it('quits by stopping the hub cleanly: no journal left, and the next start opens the same session', async () => {
    const appDir = makeAppDir();
    const userData = newUserData();
    const app = start(appDir, userData);
    const { hub, page } = await consoleShown(app);
    await openSampleSession(page, hub.consoleToken);
    const before = await hubHealth(page);
    expect(before.sessionId).not.toBeNull();

    app.electron.app.quit();
    await waitFor(() => app.electron.app.quitted);
    expect(await app.forks()[0]?.process.exited).toBe(0);
    expect(leftForRecovery(userData)).toEqual([]);

    const next = start(appDir, userData);
    const again = await consoleShown(next);
    expect(await hubHealth(again.page)).toMatchObject({ sessionId: before.sessionId, seq: before.seq });
  });

  it('focuses the first window when a second instance starts, and starts no second hub', async () => {
    const appDir = makeAppDir();
    const userData = newUserData();
    const first = start(appDir, userData);
    await consoleShown(first);
    expect(first.consoleWindow().focusCount).toBe(0);

    const second = start(appDir, userData);
    await waitFor(() => second.electron.app.quitted);

    expect(first.consoleWindow().focusCount).toBe(1);
    expect(second.electron.app.quitRequests).toBe(1);
    expect(second.forks()).toEqual([]);
    expect(second.electron.windows.size).toBe(0);
  });
});
