import { describe, expect, it } from 'vitest';
import { acceptedHubAddress, movedAppUrl } from '../../../../src/renderer/client/movedHubAddress';

const PAGE = 'https://192.168.1.20:4800';

describe('the hub address a device accepts', () => {
  it('accepts the same scheme and port on another IP address', () => {
    expect(acceptedHubAddress(PAGE, 'https://192.168.10.5:4800')).toBe('https://192.168.10.5:4800');
    expect(acceptedHubAddress(PAGE, 'https://[fd00::5]:4800')).toBe('https://[fd00::5]:4800');
  });

  it.each([
    ['another scheme', 'http://192.168.10.5:4800'],
    ['another port', 'https://192.168.10.5:4801'],
    ['a host name', 'https://evil.example:4800'],
    ['credentials', 'https://user:pw@192.168.10.5:4800'],
    ['a path', 'https://192.168.10.5:4800/elsewhere'],
    ['a query', 'https://192.168.10.5:4800/?x=1'],
    ['a fragment', 'https://192.168.10.5:4800/#t=other'],
    ['not a URL', 'javascript:alert(1)'],
    ['the same address', 'https://192.168.1.20:4800'],
  ])('refuses %s', (_what, offered) => {
    expect(acceptedHubAddress(PAGE, offered)).toBeNull();
  });

  it('reopens the same app with the same token at the new address', () => {
    expect(movedAppUrl('https://192.168.10.5:4800', '/delegate/', 'abcDEF123_-xyzXYZ')).toBe('https://192.168.10.5:4800/delegate/#t=abcDEF123_-xyzXYZ');
  });
});
