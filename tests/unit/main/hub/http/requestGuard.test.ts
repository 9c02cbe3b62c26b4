import { describe, expect, it } from 'vitest';
import { hostNameOf, isAllowedHost, isLoopbackAddress, isSameOriginUpgrade } from '../../../../../src/main/hub/http/requestGuard';

const guard = { allowedHostNames: ['hub.hoian.local'] };

describe('request guard (DNS rebinding and cross-site sockets)', () => {
  it.each(['192.168.1.10:4800', '127.0.0.1:4800', 'localhost:4800', '[::1]:4800', '10.0.0.5', 'hub.hoian.local:4800', 'HUB.HOIAN.LOCAL'])('accepts Host %s', (host) => {
    expect(isAllowedHost(host, guard)).toBe(true);
  });

  it.each([undefined, '', 'evil.example:4800', 'evil.example', '127.0.0.1.evil.example', 'evil.example/@127.0.0.1', 'a b'])('refuses Host %s', (host) => {
    expect(isAllowedHost(host, guard)).toBe(false);
  });

  it('reads the host name without port or brackets', () => {
    expect(hostNameOf('[::1]:80')).toBe('::1');
    expect(hostNameOf('LocalHost:4800')).toBe('localhost');
  });

  it('lets non-browser clients (no Origin) and same-origin pages open sockets, and refuses other origins', () => {
    expect(isSameOriginUpgrade(undefined, '192.168.1.10:4800')).toBe(true);
    expect(isSameOriginUpgrade('http://192.168.1.10:4800', '192.168.1.10:4800')).toBe(true);
    expect(isSameOriginUpgrade('http://evil.example', '192.168.1.10:4800')).toBe(false);
    expect(isSameOriginUpgrade('http://192.168.1.10:4801', '192.168.1.10:4800')).toBe(false);
    expect(isSameOriginUpgrade('null', '192.168.1.10:4800')).toBe(false);
  });

  it('knows loopback socket addresses', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.2')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});
