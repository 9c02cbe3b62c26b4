/**
 * How the console gets its tokens. On the hub computer it asks the hub itself
 * (loopback only): `role=console` for the catalog API, `role=secretary` for the
 * active session, fetched again each time the session changes, since a new
 * council term brings a new secretary token. Elsewhere it uses the secretary's
 * link (`#t=…`), which the catalog API accepts too while that session is active.
 */
import { fetchLocalToken, takeTokenFromLocation } from '../../client/pairingToken';

export interface ConsoleTokens {
  catalog(): Promise<string | null>;
  secretary(): Promise<string | null>;
}

/** `fallback` is the token the Electron preload handed over, if any. */
export function consoleTokens(fallback: string | null = null): ConsoleTokens {
  const linkToken = takeTokenFromLocation('console') ?? fallback;
  return {
    catalog: async () => (await fetchLocalToken('console')) ?? linkToken,
    secretary: async () => (await fetchLocalToken('secretary')) ?? linkToken,
  };
}
