/**
 * Where a page finds its token: in the link it was opened with (`#t=…`), or,
 * after a reload or a sleep, in this browser's storage. The token is removed
 * from the address bar at once so it does not linger on screen.
 */
export type AppName = 'console' | 'delegate' | 'screen';

const storageKey = (app: AppName) => `chamber.${app}.token`;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export function takeTokenFromLocation(app: AppName, win: Window = window): string | null {
  const fromHash = new URLSearchParams(win.location.hash.replace(/^#/, '')).get('t');
  if (fromHash !== null && TOKEN_PATTERN.test(fromHash)) {
    rememberToken(app, fromHash, win);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return fromHash;
  }
  return storedToken(app, win);
}

function storedToken(app: AppName, win: Window = window): string | null {
  try {
    const value = win.localStorage.getItem(storageKey(app));
    return value !== null && TOKEN_PATTERN.test(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberToken(app: AppName, token: string, win: Window = window): void {
  try {
    win.localStorage.setItem(storageKey(app), token);
  } catch {
    /* private browsing: the token then lasts as long as the page */
  }
}

export function forgetToken(app: AppName, win: Window = window): void {
  try {
    win.localStorage.removeItem(storageKey(app));
  } catch {
    /* nothing stored */
  }
}

/**
 * Asks the hub for a role's token; it answers only a browser on the hub computer itself.
 * `console` is the hub's own token for its session catalog, which outlives any one session.
 */
export async function fetchLocalToken(role: 'secretary' | 'screen' | 'console'): Promise<string | null> {
  try {
    const response = await fetch(`/api/local-token?role=${role}`, { cache: 'no-store' });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const token = (body as { token?: unknown }).token;
    return typeof token === 'string' && TOKEN_PATTERN.test(token) ? token : null;
  } catch {
    return null;
  }
}
