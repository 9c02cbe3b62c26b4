/**
 * The names a hub's server certificate must cover: every address an iPad or
 * this computer may use to reach it. A certificate is renewed when this set
 * changes (a new Wi-Fi, a new DHCP lease).
 */
import { hostname, networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import { isIP } from 'node:net';
import { isWildcardHost } from '../lanAddress';

export interface HubNames {
  /** IP literals, IPv6 compressed and lower case, without a zone. */
  ips: string[];
  /** DNS names, lower case. */
  dns: string[];
}

export interface HubNameSources {
  /** The interface the hub listens on; every interface when left out. */
  host?: string | undefined;
  /** Names the operator allowed with --allow-host. */
  allowedHostNames?: readonly string[];
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>;
  hostName?: string;
}

/** Every non-internal IPv4 and IPv6 address of this machine, IPv6 canonical and without a zone. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => !address.internal)
    .map((address) => canonicalIp(address.address));
}

export function hubNames(sources: HubNameSources = {}): HubNames {
  const ips = new Set(['127.0.0.1', '::1']);
  const dns = new Set(['localhost']);
  if (isWildcardHost(sources.host)) {
    for (const address of lanAddresses(sources.interfaces)) ips.add(address);
  } else if (sources.host !== undefined && isIP(sources.host) !== 0) {
    ips.add(canonicalIp(sources.host));
  } else if (sources.host !== undefined) {
    addDnsName(dns, sources.host);
  }
  const machine = sources.hostName ?? hostname();
  addDnsName(dns, machine);
  // iPads find a Mac or a Linux box with Bonjour/Avahi by its .local name.
  if (!machine.includes('.')) addDnsName(dns, `${machine}.local`);
  for (const name of sources.allowedHostNames ?? []) addDnsName(dns, name);
  return { ips: [...ips].sort(), dns: [...dns].sort() };
}

/** True when both sets hold the same names. */
export function sameNames(a: HubNames, b: HubNames): boolean {
  const key = (names: HubNames) => JSON.stringify([[...names.ips].sort(), [...names.dns].sort()]);
  return key(a) === key(b);
}

export function canonicalIp(address: string): string {
  const withoutZone = address.split('%')[0] ?? address;
  if (isIP(withoutZone) !== 6) return withoutZone;
  // The URL parser prints IPv6 in its canonical compressed form.
  return new URL(`http://[${withoutZone}]/`).hostname.slice(1, -1).toLowerCase();
}

/** Host names with characters a DNS name cannot hold (spaces, underscores) cannot be in a certificate. */
function addDnsName(names: Set<string>, name: string): void {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  if (/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(lower)) names.add(lower);
}
