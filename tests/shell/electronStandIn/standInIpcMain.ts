import type { IpcMainApi } from './electronTypes';

type InvokeHandler = Parameters<IpcMainApi['handle']>[1];

/** What a handler sees of the caller: the page's frame and its webContents. */
export interface InvokeSender {
  frameUrl: string;
  sender: unknown;
}

/** Electron's `ipcMain`, for `handle`/`invoke`: the preload's calls reach the handlers through it. */
export class StandInIpcMain implements IpcMainApi {
  private readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** An `ipcRenderer.invoke` from a page: the handler's error comes back as a rejection, as in Electron. */
  async invoke(from: InvokeSender, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    // The event carries only the members src/main reads: the sender and its frame's URL.
    const event = { sender: from.sender, senderFrame: { url: from.frameUrl } } as unknown as Electron.IpcMainInvokeEvent;
    try {
      return await handler(event, ...args);
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
    }
  }
}
