/** The names the server certificate covers: every LAN address, the host name, and loopback. */
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { canonicalIp, hubNames, sameNames } from '../../../../../src/main/hub/tls/hubNames';

const address = (value: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  family === 'IPv4'
    ? { address: value, family, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null }
    : { address: value, family, internal, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 };

const interfaces = {
  lo: [address('127.0.0.1', 'IPv4', true), address('::1', 'IPv6', true)],
  wlan0: [address('192.168.1.20', 'IPv4'), address('fe80::1c2b:3aff:fe4d:5e6f', 'IPv6')],
  eth0: [address('10.0.0.7', 'IPv4'), address('fd00:0:0::20', 'IPv6')],
};

describe('the hub names', () => {
  it('cover every non-internal IPv4 and IPv6 address, loopback, localhost and the host name when listening everywhere', () => {
    expect(hubNames({ interfaces, hostName: 'Hall-Hub' })).toEqual({
      ips: ['10.0.0.7', '127.0.0.1', '192.168.1.20', '::1', 'fd00::20', 'fe80::1c2b:3aff:fe4d:5e6f'].sort(),
      dns: ['hall-hub', 'hall-hub.local', 'localhost'],
    });
  });

  it('cover only the chosen interface, besides loopback, when --host names one', () => {
    expect(hubNames({ host: '192.168.1.20', interfaces, hostName: 'hub' }).ips).toEqual(['127.0.0.1', '192.168.1.20', '::1']);
  });

  it('add the names the operator allowed and leave out a host name a certificate cannot carry', () => {
    expect(hubNames({ interfaces: {}, hostName: 'Secretary PC_1', allowedHostNames: ['chamber.hall.example'] }).dns).toEqual(['chamber.hall.example', 'localhost']);
  });

  it('compare as sets, whatever the order', () => {
    expect(sameNames({ ips: ['a', 'b'], dns: ['x'] }, { ips: ['b', 'a'], dns: ['x'] })).toBe(true);
    expect(sameNames({ ips: ['a'], dns: ['x'] }, { ips: ['a', 'c'], dns: ['x'] })).toBe(false);
  });

  it('write IPv6 addresses in one canonical form, without a zone', () => {
    expect(canonicalIp('FD00:0:0:0:0:0:0:20')).toBe('fd00::20');
    expect(canonicalIp('fe80::1%wlan0')).toBe('fe80::1');
    expect(canonicalIp('192.168.1.20')).toBe('192.168.1.20');
  });
});
