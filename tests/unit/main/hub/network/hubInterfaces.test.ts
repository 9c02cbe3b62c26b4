import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { bestAddress, interfaceKind, listInterfaces } from '../../../../../src/main/hub/network/hubInterfaces';
import type { InterfaceTable } from '../../../../../src/main/hub/network/hubInterfaces';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}
function v6(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal, cidr: `${address}/64`, scopeid: 0 };
}

/** A laptop in the hall: Docker and a VPN come first in the table, as they often do. */
const LAPTOP: InterfaceTable = {
  lo: [v4('127.0.0.1', true), v6('::1', true)],
  docker0: [v4('172.17.0.1')],
  tun0: [v4('10.8.0.6')],
  eth0: [v4('192.168.10.5'), v6('fe80::1%eth0')],
  wlan0: [v4('192.168.1.20'), v6('fe80::2%wlan0')],
  'br-3f2a': [v4('172.18.0.1')],
};

describe('interface classification', () => {
  it.each([
    ['wlan0', 'wifi'],
    ['wlp3s0', 'wifi'],
    ['Wi-Fi', 'wifi'],
    ['Wi-Fi 2', 'wifi'],
    ['en0', 'wifi'],
    ['eth0', 'ethernet'],
    ['enp0s31f6', 'ethernet'],
    ['en1', 'ethernet'],
    ['Ethernet', 'ethernet'],
    ['tun0', 'vpn'],
    ['tap1', 'vpn'],
    ['utun3', 'vpn'],
    ['wg0', 'vpn'],
    ['docker0', 'virtual'],
    ['veth12ab', 'virtual'],
    ['vboxnet0', 'virtual'],
    ['vmnet8', 'virtual'],
    ['VirtualBox Host-Only Network', 'virtual'],
    ['vEthernet (Default Switch)', 'virtual'],
    ['Hyper-V Virtual Ethernet Adapter', 'virtual'],
    ['br-3f2a', 'virtual'],
  ])('names %s a %s interface', (name, kind) => {
    expect(interfaceKind(name, { address: '192.168.5.5', family: 'IPv4', internal: false })).toBe(kind);
  });

  it('calls an internal or 127.x address loopback and a 169.254.x or fe80:: address link-local whatever the name', () => {
    expect(interfaceKind('wlan0', { address: '127.0.0.1', family: 'IPv4', internal: true })).toBe('loopback');
    expect(interfaceKind('Wi-Fi', { address: '169.254.10.3', family: 'IPv4', internal: false })).toBe('link-local');
    expect(interfaceKind('eth0', { address: 'fe80::1', family: 'IPv6', internal: false })).toBe('link-local');
  });
});

describe('the interface list', () => {
  it('puts the private IPv4 addresses on Wi-Fi and Ethernet first, Wi-Fi before Ethernet, and VPN, virtual, link-local and loopback after', () => {
    const listing = listInterfaces(LAPTOP);
    expect(listing.interfaces.map((entry) => `${entry.name} ${entry.address}`)).toEqual([
      'wlan0 192.168.1.20',
      'eth0 192.168.10.5',
      'tun0 10.8.0.6',
      'docker0 172.17.0.1',
      'br-3f2a 172.18.0.1',
      'eth0 fe80::1',
      'wlan0 fe80::2',
      'lo 127.0.0.1',
      'lo ::1',
    ]);
    expect(listing.interfaces.filter((entry) => entry.hallCandidate).map((entry) => entry.name)).toEqual(['wlan0', 'eth0']);
    expect(listing.warning).toBe(false);
    expect(bestAddress(listing)).toBe('192.168.1.20');
  });

  it('warns when the only address is loopback, and then names loopback', () => {
    const listing = listInterfaces({ lo: [v4('127.0.0.1', true), v6('::1', true)] });
    expect(listing.warning).toBe(true);
    expect(listing.interfaces.every((entry) => entry.kind === 'loopback')).toBe(true);
    expect(bestAddress(listing)).toBe('127.0.0.1');
  });

  it('warns when the only addresses besides loopback are link-local (no DHCP answered)', () => {
    const listing = listInterfaces({ lo: [v4('127.0.0.1', true)], 'Wi-Fi': [v4('169.254.33.7'), v6('fe80::9%12')] });
    expect(listing.warning).toBe(true);
    expect(listing.interfaces.map((entry) => entry.kind)).toEqual(['link-local', 'link-local', 'loopback']);
    expect(listing.interfaces.some((entry) => entry.hallCandidate)).toBe(false);
  });

  it('falls back to a public or VPN address when no hall candidate exists, rather than loopback', () => {
    const listing = listInterfaces({ lo: [v4('127.0.0.1', true)], tun0: [v4('10.8.0.6')] });
    expect(listing.warning).toBe(false);
    expect(bestAddress(listing)).toBe('10.8.0.6');
  });
});
