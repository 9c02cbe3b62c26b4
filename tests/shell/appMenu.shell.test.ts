/**
 * The desktop app's menu, built by the real entry under the Electron stand-in:
 * Vietnamese items, the data folder opened with `shell.openPath`, the backup
 * disabled until the archive feature brings it, the about box with the version.
 */
import type { Browser } from '@playwright/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appVersion, consoleShown, launchChromium, makeAppDir, removeTemporaryFolders, startDesktopApp, temporaryFolder, waitFor } from './helpers/desktopApp';
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

async function startedApp(): Promise<{ app: DesktopApp; userData: string }> {
  const userData = temporaryFolder('chamber-shell-data-');
  const app = startDesktopApp({ browser, appDir: makeAppDir(), userData });
  running.push(app);
  await consoleShown(app);
  return { app, userData };
}

describe('the app menu', () => {
  it('is built in Vietnamese with "Mở thư mục dữ liệu", "Sao lưu" and "Giới thiệu"', async () => {
    const { app } = await startedApp();
    const menu = await waitFor(() => app.electron.Menu.applicationMenu);
    const labels = menu.template.flatMap((top) => [top.label, ...(Array.isArray(top.submenu) ? top.submenu.map((item) => item.label) : [])]).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Mở thư mục dữ liệu', 'Sao lưu', 'Giới thiệu', 'Sửa', 'Thoát Chamber']));
    expect(labels).not.toContain('Edit');
  });

  it('opens the data folder with "Mở thư mục dữ liệu"', async () => {
    const { app, userData } = await startedApp();
    const menu = await waitFor(() => app.electron.Menu.applicationMenu);
    menu.click('Mở thư mục dữ liệu');
    expect(app.electron.shell.openedPaths).toEqual([userData]);
  });

  it('keeps "Sao lưu" disabled with a tooltip that says backups come with the archive, and it does nothing', async () => {
    const { app } = await startedApp();
    const menu = await waitFor(() => app.electron.Menu.applicationMenu);
    expect(menu.item('Sao lưu')).toMatchObject({ enabled: false, toolTip: expect.stringContaining('lưu trữ') });
    menu.click('Sao lưu');
    expect(app.electron.shell.openedPaths).toEqual([]);
    expect(app.electron.dialog.messageBoxes).toEqual([]);
  });

  it('shows the version and the data folder in "Giới thiệu"', async () => {
    const { app, userData } = await startedApp();
    const menu = await waitFor(() => app.electron.Menu.applicationMenu);
    menu.click('Giới thiệu');
    expect(app.electron.dialog.messageBoxes).toEqual([
      expect.objectContaining({ title: 'Giới thiệu Chamber', message: `Chamber ${appVersion}`, detail: expect.stringContaining(userData) }),
    ]);
  });
});
