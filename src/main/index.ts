/**
 * The Electron entry: starts the hub in a utility process and opens the
 * console window on it. The window is a client of the hub like any other.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, session, utilityProcess } from 'electron';
import type { IpcMainInvokeEvent, UtilityProcess } from 'electron';
import type { HubConnectionInfo } from '../preload/chamberApi';
import { isIssuedByHubCa } from './hub/tls/hubCertificateCheck';
import type { HubCa } from './hub/tls/hubTls';
import type { HubProcessMessage } from './hubProcessMessages';
import { IPC_CHANNELS } from './ipcChannels';
import { isSameOrigin } from './sameOrigin';
import { DEFAULT_HTTP_PORT, DEFAULT_PORT } from './serveOptions';

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

function startHubProcess(): Promise<RunningHub> {
  const demoDocuments = app.isPackaged ? join(process.resourcesPath, 'demo', 'documents') : join(app.getAppPath(), 'resources', 'demo', 'documents');
  const args = ['--data', app.getPath('userData'), '--port', String(DEFAULT_PORT), '--http-port', String(DEFAULT_HTTP_PORT), '--demo-documents', demoDocuments];
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
      if (hub?.process === child && !quitting) void restartHub(code);
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
    dialog.showErrorBox('Chamber', `The hub keeps stopping (exit code ${exitCode}). The session data is safe on disk; restart Chamber.`);
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
  app.on('before-quit', () => {
    quitting = true;
    hub?.process.kill();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(async () => {
      lockDown();
      trustHubCertificate();
      registerIpc();
      hub = await startHubProcess();
      openConsole(hub);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Chamber', `The hub could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.quit();
    });
}
