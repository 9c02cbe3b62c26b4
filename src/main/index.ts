/**
 * The Electron entry: starts the hub in a utility process and opens the
 * console window on it. The window is a client of the hub like any other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, utilityProcess } from 'electron';
import type { IpcMainInvokeEvent, UtilityProcess } from 'electron';
import type { HubConnectionInfo } from '../preload/chamberApi';
import { isIssuedByHubCa } from './hub/tls/hubCertificateCheck';
import type { HubCa } from './hub/tls/hubTls';
import { electronSqliteBindingPath } from './electronSqliteBinding';
import type { HubProcessMessage } from './hubProcessMessages';
import { hubStoppedPageUrl } from './hubStoppedPage';
import { IPC_CHANNELS } from './ipcChannels';
import { isSameOrigin } from './sameOrigin';
import { hubListenArgs } from './hubListenArgs';
import { translate } from '../shared/i18n/translate';
import { appMenuTemplate } from './appMenu';

interface RunningHub {
  process: UtilityProcess;
  localUrl: string;
  consoleToken: string;
  secretaryToken: string | null;
  ca: HubCa | null;
}

let hub: RunningHub | null = null;
let consoleWindow: BrowserWindow | null = null;
let quitting = false;
/** Start times of recent hub restarts; too many in a short while means it cannot run. */
const recentRestarts: number[] = [];
const MAX_RESTARTS_PER_MINUTE = 3;
const listenArgs = hubListenArgs(process.argv);

/**
 * A packaged app's node_modules holds better-sqlite3 rebuilt for Electron; in a
 * checkout it is built for the system Node, and `npm start` puts Electron's
 * build beside it. Without that build the hub could not open its databases.
 */
function sqliteBindingArgs(): string[] {
  if (app.isPackaged) return [];
  const binding = electronSqliteBindingPath(app.getAppPath(), process.versions.electron);
  if (!existsSync(binding)) throw new Error(translate('vi', 'desktop.sqliteBindingMissing', { path: binding }));
  return ['--sqlite-binding', binding];
}

function startHubProcess(): Promise<RunningHub> {
  const demoDocuments = app.isPackaged ? join(process.resourcesPath, 'demo', 'documents') : join(app.getAppPath(), 'resources', 'demo', 'documents');
  const args = ['--data', app.getPath('userData'), ...listenArgs, '--demo-documents', demoDocuments, ...sqliteBindingArgs()];
  const child = utilityProcess.fork(join(__dirname, 'hubProcess.cjs'), args, {
    serviceName: 'Chamber hub',
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: HubProcessMessage) => {
      if (message.type === 'ready') resolve({ process: child, localUrl: message.localUrl, consoleToken: message.consoleToken, secretaryToken: message.secretaryToken, ca: message.ca });
      else reject(new Error(message.message));
    });
    child.once('exit', (code) => {
      if (hub?.process === child && !quitting) {
        // Gone: a quit from now on has no hub to wait for.
        hub = null;
        void restartHub(code);
      }
      else reject(new Error(`The hub exited with code ${code} before it was ready`));
    });
  });
}

/** A crashed hub is started again on the same data; the window reloads and resumes. */
async function restartHub(exitCode: number): Promise<void> {
  const now = Date.now();
  recentRestarts.push(now);
  while (recentRestarts.length > 0 && (recentRestarts[0] ?? now) < now - 60_000) recentRestarts.shift();
  if (recentRestarts.length > MAX_RESTARTS_PER_MINUTE) {
    // The window says why it stopped updating; the console page would only say it is reconnecting.
    void consoleWindow?.loadURL(hubStoppedPageUrl(exitCode));
    dialog.showErrorBox('Chamber', translate('vi', 'desktop.hubKeepsStopping', { code: exitCode }));
    return;
  }
  console.error(`The hub exited with code ${exitCode}; starting it again`);
  try {
    hub = await startHubProcess();
    void consoleWindow?.loadURL(`${hub.localUrl}/console/`);
  } catch (error) {
    dialog.showErrorBox('Chamber', `The hub could not start again: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** True when an IPC call comes from the console page served by our own hub. */
function fromConsole(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isSameOrigin(url, hub?.localUrl);
}

/**
 * The console needs no browser permission (camera, notifications, clipboard
 * reads…): every request and every check is refused. Navigation, redirects and
 * frames are held to the hub's own origin; new windows and webviews are refused.
 */
function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const toHub = (url: string) => isSameOrigin(url, hub?.localUrl);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!toHub(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!toHub(url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!toHub(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The console window trusts the hub's own CA, pinned by the fingerprint the
 * hub process reported, for the hub's certificate only. Every other
 * certificate keeps Chromium's verdict (-3); no certificate error is ignored.
 */
function trustHubCertificate(): void {
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    const ca = hub?.ca;
    callback(ca && isIssuedByHubCa(request.certificate.data, ca, request.hostname) ? 0 : -3);
  });
}

function registerIpc(): void {
  ipcMain.handle(IPC_CHANNELS.hub, (event): HubConnectionInfo => {
    if (!fromConsole(event) || !hub) throw new Error('Refused: not the console');
    // In the lobby there is no secretary yet: the console token opens the session list.
    return { url: hub.localUrl, secretaryToken: hub.secretaryToken ?? hub.consoleToken, consoleToken: hub.consoleToken };
  });
  ipcMain.handle(IPC_CHANNELS.savePageAsPdf, async (event, suggestedName: unknown) => {
    if (!fromConsole(event)) throw new Error('Refused: not the console');
    const name = typeof suggestedName === 'string' && /^[\w .-]{1,80}\.pdf$/.test(suggestedName) ? suggestedName : 'chamber.pdf';
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true });
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return false;
    await writeFile(choice.filePath, pdf);
    return true;
  });
}

/** The Vietnamese app menu: the data folder (where the hub keeps its sessions and logs), the backup to come, the about box. */
function installMenu(): void {
  const dataFolder = app.getPath('userData');
  const menu = Menu.buildFromTemplate(
    appMenuTemplate({
      openDataFolder: () => {
        void shell.openPath(dataFolder).then((problem) => {
          if (problem !== '') dialog.showErrorBox('Chamber', problem);
        });
      },
      showAbout: () => {
        void dialog.showMessageBox({
          type: 'info',
          title: translate('vi', 'desktop.about.title'),
          message: translate('vi', 'desktop.about.message', { version: app.getVersion() }),
          detail: translate('vi', 'desktop.about.detail', { dataFolder }),
          buttons: [translate('vi', 'desktop.about.ok')],
        });
      },
    }),
  );
  Menu.setApplicationMenu(menu);
}

function openConsole(running: RunningHub): void {
  consoleWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Chamber',
    show: false,
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  consoleWindow.once('ready-to-show', () => consoleWindow?.show());
  consoleWindow.on('closed', () => {
    consoleWindow = null;
  });
  void consoleWindow.loadURL(`${running.localUrl}/console/`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', () => consoleWindow?.focus());
  // Electron ends its utility processes as it exits: the quit waits until the hub has closed its databases.
  app.on('before-quit', (event) => {
    quitting = true;
    const running = hub;
    if (!running) return;
    event.preventDefault();
    hub = null;
    running.process.once('exit', () => app.quit());
    running.process.kill();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(async () => {
      lockDown();
      trustHubCertificate();
      registerIpc();
      installMenu();
      hub = await startHubProcess();
      openConsole(hub);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Chamber', `The hub could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.quit();
    });
}
