/**
 * A stand-in for the `electron` module, for tests only: exactly the APIs that
 * src/main and src/preload use, typed against Electron's own definitions. It
 * records what it is asked and adds no behaviour Electron does not have.
 * Windows are real Chromium pages (Playwright); utility processes are real
 * Node children (child_process.fork).
 */
import type { Browser } from '@playwright/test';
import type { ElectronModule } from './electronTypes';
import { StandInApp } from './standInApp';
import type { StandInAppOptions } from './standInApp';
import { StandInBrowserWindow } from './standInBrowserWindow';
import type { WindowHost } from './standInBrowserWindow';
import { StandInDialog } from './standInDialog';
import { StandInIpcMain } from './standInIpcMain';
import { StandInMenuModule } from './standInMenu';
import { StandInShell } from './standInShell';
import { StandInSession } from './standInSession';
import { StandInUtilityProcessModule } from './standInUtilityProcess';

export interface ElectronStandIn {
  app: StandInApp;
  BrowserWindow: typeof StandInBrowserWindow;
  utilityProcess: StandInUtilityProcessModule;
  ipcMain: StandInIpcMain;
  session: { defaultSession: StandInSession };
  dialog: StandInDialog;
  Menu: StandInMenuModule;
  shell: StandInShell;
  /** The windows open now. */
  windows: Set<StandInBrowserWindow>;
}

/** The members of the real module that the stand-in replaces: a name missing from Electron fails the typecheck. */
type StandInNames = keyof Omit<ElectronStandIn, 'windows'>;
const standInNames: readonly (StandInNames & keyof ElectronModule)[] = ['app', 'BrowserWindow', 'utilityProcess', 'ipcMain', 'session', 'dialog', 'Menu', 'shell'];

export function createElectronStandIn(browser: Browser, options: StandInAppOptions): ElectronStandIn {
  const app = new StandInApp(options);
  const ipcMain = new StandInIpcMain();
  const windows = new Set<StandInBrowserWindow>();
  const host: WindowHost = { browser, app, ipcMain, windows };
  const BrowserWindow = class extends StandInBrowserWindow {
    static override host: WindowHost | null = host;
  };
  const utilityProcess = new StandInUtilityProcessModule();
  app.onQuitCloseWindows(async () => {
    await Promise.all([...windows].map((window) => window.close()));
  });
  // Electron ends its utility processes when the app exits.
  app.once('quit', () => utilityProcess.killAll());
  const session = { defaultSession: new StandInSession() };
  const standIn: ElectronStandIn = {
    app,
    BrowserWindow,
    utilityProcess,
    ipcMain,
    session,
    dialog: new StandInDialog(),
    Menu: new StandInMenuModule(),
    shell: new StandInShell(),
    windows,
  };
  for (const name of standInNames) if (!(name in standIn)) throw new Error(`The stand-in lacks ${name}`);
  return standIn;
}
