import { networkInterfaces } from 'node:os';

/** The first non-internal IPv4 address of this machine, the one iPads on the hall LAN reach; loopback when there is none. */
export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

/** True for an address that means "every interface". */
export function isWildcardHost(host: string | undefined): boolean {
  return host === undefined || host === '' || host === '0.0.0.0' || host === '::';
}
