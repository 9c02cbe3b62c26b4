/**
 * The addresses a listening hub is reached at: on this machine, by the iPads
 * (pairing links are built on it), on every LAN interface, and the plain-HTTP
 * setup page. A hub on every interface is named by its LAN address.
 */
import { SETUP_PATH } from './http/setupPage';
import { isWildcardHost, lanAddress } from './lanAddress';
import { lanAddresses } from './tls/hubNames';

export interface HubUrls {
  localUrl: string;
  publicUrl: string;
  lanUrls: string[];
  setupUrl: string | null;
}

/** `publicAddress` is the address the links name for a hub on every interface (see network/hubNetwork.ts); the first LAN address by default. */
export function hubUrls(host: string | undefined, secure: boolean, port: number, setupPort: number | null, publicAddress?: string): HubUrls {
  const scheme = secure ? 'https' : 'http';
  const wildcard = isWildcardHost(host);
  const localHost = wildcard ? '127.0.0.1' : (host as string);
  const fixedHost = wildcard ? lanAddress() : (host as string);
  const publicHost = publicAddress ?? fixedHost;
  // IPv6 link-local addresses stay in the certificate but not in the list: no browser opens them (they need a zone).
  const lanHosts = wildcard ? lanAddresses().filter((address) => !address.startsWith('fe80:')) : [host as string];
  return {
    localUrl: `${scheme}://${urlHost(localHost)}:${port}`,
    publicUrl: `${scheme}://${urlHost(publicHost)}:${port}`,
    lanUrls: lanHosts.map((address) => `${scheme}://${urlHost(address)}:${port}`),
    setupUrl: setupPort === null ? null : `http://${urlHost(publicHost)}:${setupPort}${SETUP_PATH}`,
  };
}

/** An IPv6 literal is bracketed in a URL. */
function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
