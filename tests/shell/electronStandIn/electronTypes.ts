/**
 * The parts of Electron's own API that src/main and src/preload use, picked
 * from the `electron` package's type definitions: when Electron changes one
 * of them, the stand-in stops type-checking.
 */
export type ElectronModule = typeof import('electron');

export type AppApi = Pick<ElectronModule['app'], 'isPackaged' | 'getAppPath' | 'getPath' | 'requestSingleInstanceLock' | 'quit' | 'enableSandbox' | 'whenReady'>;
export type BrowserWindowApi = Pick<Electron.BrowserWindow, 'loadURL' | 'show' | 'focus' | 'isVisible' | 'isFocused'>;
export type WebContentsApi = Pick<Electron.WebContents, 'setWindowOpenHandler' | 'getURL' | 'printToPDF'>;
export type UtilityProcessApi = Pick<Electron.UtilityProcess, 'kill' | 'pid'>;
export type UtilityProcessModuleApi = Pick<ElectronModule['utilityProcess'], 'fork'>;
export type IpcMainApi = Pick<ElectronModule['ipcMain'], 'handle'>;
export type SessionApi = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setCertificateVerifyProc'>;
export type DialogApi = Pick<ElectronModule['dialog'], 'showErrorBox' | 'showSaveDialog'>;
/** The preload's side: what the sandboxed preload may require from 'electron'. */
export type ContextBridgeApi = Pick<ElectronModule['contextBridge'], 'exposeInMainWorld'>;
export type IpcRendererApi = Pick<ElectronModule['ipcRenderer'], 'invoke'>;
