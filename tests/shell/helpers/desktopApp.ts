/**
 * Runs the built Electron entry (out/main/index.cjs) with the stand-in in place
 * of `electron`, as Electron would: one load per app instance, its own
 * command line, then `ready`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { electronSqliteBindingPath } from '../../../src/main/electronSqliteBinding';
import { createElectronStandIn } from '../electronStandIn/electronStandIn';
import type { ElectronStandIn } from '../electronStandIn/electronStandIn';
import type { StandInBrowserWindow } from '../electronStandIn/standInBrowserWindow';
import type { ForkRecord } from '../electronStandIn/standInUtilityProcess';
import type { HubProcessMessage } from '../../../src/main/hubProcessMessages';

const root = process.cwd();
const require = createRequire(import.meta.url);
export const ELECTRON_ENTRY = join(root, 'out', 'main', 'index.cjs');
const STAND_IN_ID = join(root, 'tests', 'shell', 'electronStandIn', 'electron-stand-in.virtual');
/** The app's version, as Electron's `app.getVersion()` reads it from package.json. */
export const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
export const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
/** The binding `npm install` built for the system Node, by its real path (as a process's memory map names it). */
export const nodeSqliteBinding = realpathSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));

const temporaryFolders: string[] = [];

/** A new folder under the system's temporary folder, removed by removeTemporaryFolders(). */
export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };
let hooked = false;

/** `require('electron')` from the built entry gets the stand-in now in the require cache. */
function routeElectronToStandIn(): void {
  if (hooked) return;
  hooked = true;
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = (request, ...rest) => (request === 'electron' ? STAND_IN_ID : original(request, ...rest));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A checkout as `npm start` leaves it: resources, and better-sqlite3 for
 * "Electron" in .electron-native (here the system Node's build, since the
 * stand-in's utility process is plain Node). `withBinding: false` leaves it out.
 */
export function makeAppDir(options: { withBinding?: boolean } = {}): string {
  if (!existsSync(ELECTRON_ENTRY)) throw new Error('Run `npm run build` first: the shell tests load out/main/index.cjs');
  const appDir = temporaryFolder('chamber-shell-app-');
  symlinkSync(join(root, 'resources'), join(appDir, 'resources'));
  if (options.withBinding !== false) {
    const binding = electronSqliteBindingPath(appDir, electronVersion);
    mkdirSync(dirname(binding), { recursive: true });
    copyFileSync(nodeSqliteBinding, binding);
  }
  return appDir;
}

export interface DesktopApp {
  electron: ElectronStandIn;
  /** The hub processes forked so far, the first one first. */
  forks(): ForkRecord[];
  /** Resolves with the `ready` message of the n-th hub process (0 = the first). */
  hubReady(index: number): Promise<Extract<HubProcessMessage, { type: 'ready' }>>;
  consoleWindow(): StandInBrowserWindow;
}

export interface StartOptions {
  browser: Browser;
  appDir: string;
  userData: string;
}

/** Loads the entry as a new app instance on 127.0.0.1 and free ports, and makes it ready. */
export function startDesktopApp(options: StartOptions): DesktopApp {
  routeElectronToStandIn();
  // Electron's own process.versions names it; src/main reads it to find its SQLite binding.
  (process.versions as Record<string, string>).electron = electronVersion;
  const argv = [process.execPath, options.appDir, '--host', '127.0.0.1', '--port', '0', '--http-port', '0'];
  const electron = createElectronStandIn(options.browser, { appPath: options.appDir, userData: options.userData, documents: temporaryFolder('chamber-shell-documents-'), argv, version: appVersion });
  require.cache[STAND_IN_ID] = { id: STAND_IN_ID, filename: STAND_IN_ID, loaded: true, exports: electron } as unknown as NodeJS.Module;
  delete require.cache[resolve(ELECTRON_ENTRY)];
  const savedArgv = process.argv;
  process.argv = argv;
  try {
    require(ELECTRON_ENTRY);
  } finally {
    process.argv = savedArgv;
  }
  electron.app.becomeReady();
  const forks = () => electron.utilityProcess.forks;
  return {
    electron,
    forks,
    async hubReady(index) {
      const fork = await waitFor(() => forks()[index]);
      const message = await waitFor(() => fork.process.messages[0] as HubProcessMessage | undefined);
      if (message.type !== 'ready') throw new Error(`The hub failed: ${message.message}`);
      return message;
    },
    consoleWindow() {
      const [window] = electron.windows;
      if (!window) throw new Error('No window is open');
      return window;
    },
  };
}

/** Polls until the value is there (no deadline of its own: the test's timeout is the limit). */
export async function waitFor<T>(value: () => T | undefined | null | false): Promise<T> {
  for (;;) {
    const found = value();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the console window shows the console page of the n-th hub process (0 = the first). */
export async function consoleShown(app: DesktopApp, hubIndex = 0): Promise<{ hub: Extract<HubProcessMessage, { type: 'ready' }>; page: Page }> {
  const hub = await app.hubReady(hubIndex);
  const page = await waitFor(() => {
    const window = [...app.electron.windows][0];
    if (!window) return null;
    try {
      const candidate = window.webContents.chromiumPage();
      return candidate.url() === `${hub.localUrl}/console/` ? candidate : null;
    } catch {
      return null;
    }
  });
  await page.waitForLoadState('load');
  return { hub, page };
}

/** What the hub in front of the page says of itself at /healthz. */
export function hubHealth(page: Page): Promise<{ sessionId: string | null; seq: number }> {
  return page.evaluate(() => fetch('/healthz').then((response) => response.json() as Promise<{ sessionId: string | null; seq: number }>));
}
