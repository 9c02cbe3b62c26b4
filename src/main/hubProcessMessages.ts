/** Messages from the hub's utility process to the Electron main process. */
export type HubProcessMessage =
  | { type: 'ready'; localUrl: string; publicUrl: string; secretaryToken: string }
  | { type: 'failed'; message: string };
