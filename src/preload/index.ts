/**
 * The console's preload, sandboxed and context-isolated. It exposes the hub's
 * address and the secretary token, and native helpers, nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ChamberApi } from './chamberApi';
import { IPC_CHANNELS } from '../main/ipcChannels';

const api: ChamberApi = {
  getHub: () => ipcRenderer.invoke(IPC_CHANNELS.hub),
  savePageAsPdf: (suggestedName) => ipcRenderer.invoke(IPC_CHANNELS.savePageAsPdf, suggestedName),
};

contextBridge.exposeInMainWorld('chamber', api);
