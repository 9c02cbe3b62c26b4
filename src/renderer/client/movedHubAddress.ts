/**
 * The hub's new address, as told by a `hubAddress` message, checked against
 * the address this page came from: it is kept only when it is the same hub on
 * another interface, i.e. the same scheme and port with an IP literal host and
 * nothing else (no path, query, fragment or credentials).
 */
export function acceptedHubAddress(pageOrigin: string, offered: string): string | null {
  let current: URL;
  let next: URL;
  try {
    current = new URL(pageOrigin);
    next = new URL(offered);
  } catch {
    return null;
  }
  if (next.protocol !== current.protocol || next.port !== current.port) return null;
  if (next.username !== '' || next.password !== '' || next.search !== '' || next.hash !== '' || (next.pathname !== '/' && next.pathname !== '')) return null;
  if (!isIpLiteral(next.hostname)) return null;
  if (next.host === current.host) return null;
  return next.origin;
}

/** The page to open at the new address: the same app, with the same pairing token. */
export function movedAppUrl(origin: string, appPath: string, token: string): string {
  return `${origin}${appPath}#t=${encodeURIComponent(token)}`;
}

function isIpLiteral(hostname: string): boolean {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return /^\[[0-9a-f:.]+\]$/i.test(hostname);
  return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(hostname) && hostname.split('.').every((part) => Number(part) <= 255);
}
