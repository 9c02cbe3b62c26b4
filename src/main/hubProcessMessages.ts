import type { HubCa } from './hub/tls/hubTls';

/** Messages from the hub's utility process to the Electron main process. */
export type HubProcessMessage =
  /** `ca` is the hub's own CA, which the console window trusts for the hub's certificate. */
  | { type: 'ready'; localUrl: string; publicUrl: string; secretaryToken: string; ca: HubCa | null }
  | { type: 'failed'; message: string };
