/**
 * How the console gets its tokens. A link (`#t=…`, kept in this browser's
 * storage) names who the console is: the secretary, or the chair on their own
 * device. Without one, on the hub computer, the console asks the hub itself
 * (loopback only) for the active session's secretary token, again each time
 * the session changes, since a new council term brings a new secretary token.
 * The session list uses the hub's console token (hub computer only), else the
 * link's token, which the hub accepts while that secretary's session is active.
 */
import { fetchLocalToken, takeTokenFromLocation } from '../../client/pairingToken';

export interface ConsoleTokens {
  /** For the catalog API (`/api/sessions`); null when there is none to try. */
  catalog(): Promise<string | null>;
  /** For the active session's WebSocket. */
  session(): Promise<string | null>;
}

/** `fallback` is the token the Electron preload handed over, if any. */
export function consoleTokens(fallback: string | null = null): ConsoleTokens {
  const linkToken = takeTokenFromLocation('console');
  return {
    catalog: async () => (await fetchLocalToken('console')) ?? linkToken ?? fallback,
    session: async () => linkToken ?? (await fetchLocalToken('secretary')) ?? fallback,
  };
}
