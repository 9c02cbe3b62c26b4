/** What the preload exposes to the console as `window.chamber`: the hub's address and token, and native helpers. */
export interface HubConnectionInfo {
  /** The hub's address for this computer, e.g. https://127.0.0.1:4800 */
  url: string;
  /** The active session's secretary token when the hub started; the console token when no session was active. */
  secretaryToken: string;
  /** The hub's token for the session catalog (`/api/sessions`), the same whatever session is active. */
  consoleToken: string;
}

export interface ChamberApi {
  getHub(): Promise<HubConnectionInfo>;
  /** Saves the current page as a PDF through a native save dialog; false when cancelled. */
  savePageAsPdf(suggestedName: string): Promise<boolean>;
}
