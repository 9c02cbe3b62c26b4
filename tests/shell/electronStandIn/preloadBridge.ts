import type { ContextBridgeApi, IpcRendererApi } from './electronTypes';

/** The binding through which the page's `ipcRenderer.invoke` reaches the stand-in's ipcMain. */
export const INVOKE_BINDING = '__electronStandInInvoke';

/**
 * Runs in the page before its own scripts, in the main frame only (Electron's
 * default): gives the preload a sandboxed `require` that knows only 'electron',
 * with `contextBridge` and `ipcRenderer`. Serialised into the page, so it
 * refers to nothing outside itself.
 */
function runPreload(preload: (require: (name: string) => unknown, module: { exports: unknown }, exports: unknown) => void, binding: string): void {
  if (window.top !== window) return;
  const contextBridge: ContextBridgeApi = {
    exposeInMainWorld(apiKey, api) {
      Object.defineProperty(window, apiKey, { value: Object.freeze({ ...(api as object) }), enumerable: true });
    },
  };
  const ipcRenderer: IpcRendererApi = {
    invoke: (channel, ...args) => (window as unknown as Record<string, (channel: string, args: unknown[]) => Promise<unknown>>)[binding]?.(channel, args) ?? Promise.reject(new Error('No ipc')),
  };
  const electron = { contextBridge, ipcRenderer };
  const module = { exports: {} };
  preload((name) => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  }, module, module.exports);
}

/** The init script that runs the built preload in each page of a window. */
export function preloadInitScript(preloadSource: string): string {
  return `(${runPreload.toString()})(function (require, module, exports) {\n${preloadSource}\n}, ${JSON.stringify(INVOKE_BINDING)});`;
}
