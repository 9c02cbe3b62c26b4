/**
 * This machine's addresses, each with a guess at the kind of its interface,
 * ordered so that the hall network's candidates (a private IPv4 on Wi-Fi or
 * Ethernet) come first. Pure: the interface table is passed in, so tests give
 * a laptop's table as a fixture.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { canonicalIp } from '../tls/hubNames';

import type { INTERFACE_KINDS } from '../../../shared/protocol/network';

export type InterfaceKind = (typeof INTERFACE_KINDS)[number];

export interface HubInterface {
  /** The operating system's name of the interface (`wlan0`, `en0`, `Wi-Fi`). */
  name: string;
  /** The address, IPv6 canonical and without a zone. */
  address: string;
  family: 'IPv4' | 'IPv6';
  kind: InterfaceKind;
  /** A private IPv4 on Wi-Fi or Ethernet: what iPads on the hall network reach. */
  hallCandidate: boolean;
}

export interface InterfaceListing {
  interfaces: HubInterface[];
  /** True when no address other than loopback or link-local is left: no iPad can reach the hub. */
  warning: boolean;
}

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Name patterns, tried in order: virtual adapters before the generic Ethernet `en*`/`eth*`. */
const NAME_KINDS: readonly (readonly [RegExp, InterfaceKind])[] = [
  [/^(lo\d*|loopback)/i, 'loopback'],
  [/^(tun|tap|utun|wg|ppp|ipsec|zt)/i, 'vpn'],
  [/(vpn|wireguard|openvpn|tailscale|zerotier)/i, 'vpn'],
  [/^(docker|veth|vboxnet|vmnet|br-|virbr|lxc|lxd|cni|flannel|podman|awdl|llw|bridge|anpi|ap\d)/i, 'virtual'],
  [/(virtualbox|hyper-v|vethernet|vmware|virtual)/i, 'virtual'],
  [/^(wlan|wl|wi-?fi|wireless|wlp)/i, 'wifi'],
  [/(wi-?fi|wireless|wlan)/i, 'wifi'],
  // macOS names its built-in Wi-Fi en0 (and a Thunderbolt or USB Ethernet en1, en2…): a guess, shown to the secretary.
  [/^en0$/i, 'wifi'],
  [/^(eth|en|em|eno|ens|enp|enx)/i, 'ethernet'],
  [/(ethernet|local area connection)/i, 'ethernet'],
];

/** The kind an interface's name suggests, and what its address says (loopback and link-local win). */
export function interfaceKind(name: string, info: Pick<NetworkInterfaceInfo, 'address' | 'family' | 'internal'>): InterfaceKind {
  if (info.internal || isLoopbackAddress(info.address)) return 'loopback';
  if (isLinkLocalAddress(info.address)) return 'link-local';
  return NAME_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

/** Every address of the table, classified, hall candidates first, then the rest by kind; the table's order within a rank. */
export function listInterfaces(table: InterfaceTable): InterfaceListing {
  const interfaces: HubInterface[] = [];
  for (const [name, infos] of Object.entries(table)) {
    for (const info of infos ?? []) {
      const family = info.family === 'IPv6' ? 'IPv6' : 'IPv4';
      const kind = interfaceKind(name, info);
      const address = canonicalIp(info.address);
      const hallCandidate = family === 'IPv4' && (kind === 'wifi' || kind === 'ethernet') && isPrivateIpv4(address);
      interfaces.push({ name, address, family, kind, hallCandidate });
    }
  }
  const ordered = interfaces
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
  const warning = !ordered.some((entry) => entry.kind !== 'loopback' && entry.kind !== 'link-local');
  return { interfaces: ordered, warning };
}

/** The address the hub names in its links when none was chosen, or the chosen one is gone. */
export function bestAddress(listing: InterfaceListing): string {
  const reachable = listing.interfaces.find((entry) => entry.family === 'IPv4' && entry.kind !== 'loopback' && entry.kind !== 'link-local');
  return reachable?.address ?? '127.0.0.1';
}

const KIND_ORDER: readonly InterfaceKind[] = ['wifi', 'ethernet', 'other', 'vpn', 'virtual', 'link-local', 'loopback'];

function rank(entry: HubInterface): number {
  if (entry.hallCandidate) return entry.kind === 'wifi' ? 0 : 1;
  const familyRank = entry.family === 'IPv4' ? 0 : 1;
  return 10 + KIND_ORDER.indexOf(entry.kind) * 2 + familyRank;
}

export function isPrivateIpv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function isLoopbackAddress(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

function isLinkLocalAddress(address: string): boolean {
  return address.startsWith('169.254.') || /^fe[89ab][0-9a-f]:/i.test(address);
}
