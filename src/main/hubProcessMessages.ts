import type { HubCa } from './hub/tls/hubTls';

/** Messages from the hub's utility process to the Electron main process. */
export type HubProcessMessage =
  /**
   * `ca` is the hub's own CA, which the console window trusts for the hub's certificate.
   * `secretaryToken` is the active session's at start (null in the lobby); the console
   * asks the hub for the current one after a switch (`/api/local-token`).
   */
  | { type: 'ready'; localUrl: string; publicUrl: string; consoleToken: string; secretaryToken: string | null; ca: HubCa | null }
  | { type: 'failed'; message: string };
