/**
 * Host and Origin checks for every request and WebSocket upgrade.
 *
 * Threat: DNS rebinding. A page on evil.example can make its name resolve to
 * the hall hub's LAN address; the browser then treats the hub as evil.example
 * and would let that page read the hub's responses. Refusing any Host that is
 * not an IP literal, `localhost` or a name the operator configured defeats it.
 *
 * Threat: cross-site WebSocket hijacking. Browsers send Origin on a WebSocket
 * upgrade; a socket opened by a page from another origin is refused. Clients
 * that are not browsers send no Origin and still need a valid token.
 */
import { isIP } from 'node:net';

export interface GuardOptions {
  /** Extra host names, besides IP literals and localhost, the hub answers to. */
  allowedHostNames: readonly string[];
}

/** The host name of a Host header value, without port or IPv6 brackets; '' when malformed. */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim();
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(value)) return '';
  try {
    const name = new URL(`http://${value}`).hostname.toLowerCase();
    return name.startsWith('[') ? name.slice(1, -1) : name;
  } catch {
    return '';
  }
}

export function isAllowedHost(hostHeader: string | undefined, options: GuardOptions): boolean {
  if (!hostHeader) return false;
  const name = hostNameOf(hostHeader);
  if (name === '') return false;
  return isIP(name) !== 0 || name === 'localhost' || options.allowedHostNames.includes(name);
}

/** An upgrade is same-origin when it has no Origin (not a browser) or its Origin's host equals Host. */
export function isSameOriginUpgrade(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true;
  if (!hostHeader) return false;
  try {
    return new URL(originHeader).host.toLowerCase() === hostHeader.trim().toLowerCase();
  } catch {
    return false;
  }
}

/** True for a socket address on this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
