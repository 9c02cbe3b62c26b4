/**
 * The parts of Electron's own API that src/main and src/preload use, picked
 * from the `electron` package's type definitions: when Electron changes one
 * of them, the stand-in stops type-checking.
 */
export type ElectronModule = typeof import('electron');

export type AppApi = Pick<ElectronModule['app'], 'isPackaged' | 'getAppPath' | 'getPath' | 'getVersion' | 'requestSingleInstanceLock' | 'quit' | 'enableSandbox' | 'whenReady'>;
export type BrowserWindowApi = Pick<Electron.BrowserWindow, 'loadURL' | 'show' | 'focus' | 'isVisible' | 'isFocused'>;
export type WebContentsApi = Pick<Electron.WebContents, 'setWindowOpenHandler' | 'getURL' | 'printToPDF'>;
export type UtilityProcessApi = Pick<Electron.UtilityProcess, 'kill' | 'pid'>;
export type UtilityProcessModuleApi = Pick<ElectronModule['utilityProcess'], 'fork'>;
export type IpcMainApi = Pick<ElectronModule['ipcMain'], 'handle'>;
export type SessionApi = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setCertificateVerifyProc'>;
export type DialogApi = Pick<ElectronModule['dialog'], 'showErrorBox' | 'showSaveDialog' | 'showMessageBox'>;
export type ShellApi = Pick<ElectronModule['shell'], 'openPath'>;
/** What `Menu.buildFromTemplate` takes. */
export type MenuTemplate = Parameters<ElectronModule['Menu']['buildFromTemplate']>[0];
/**
 * `Menu`'s statics the entry uses. The stand-in's built menu is not an
 * Electron.Menu (a native object); it only travels from one call to the other.
 */
export interface MenuApi {
  buildFromTemplate(template: MenuTemplate): object;
  setApplicationMenu(menu: never): void;
}
/** Fails the typecheck when Electron renames or drops a `Menu` static the entry uses. */
export type MenuNames = keyof Pick<ElectronModule['Menu'], 'buildFromTemplate' | 'setApplicationMenu'>;
/** The preload's side: what the sandboxed preload may require from 'electron'. */
export type ContextBridgeApi = Pick<ElectronModule['contextBridge'], 'exposeInMainWorld'>;
export type IpcRendererApi = Pick<ElectronModule['ipcRenderer'], 'invoke'>;
